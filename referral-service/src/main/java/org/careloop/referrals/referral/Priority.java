package org.careloop.referrals.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** How soon the receiving organization should act (FHIR request priority). */
public enum Priority implements Coded {

    ROUTINE("routine"), URGENT("urgent"), ASAP("asap"), STAT("stat");

    private final String code;

    Priority(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Priority of(String code) {
        return Coded.of(values(), code);
    }

    @Override
    public String toString() {
        return code;
    }
}
