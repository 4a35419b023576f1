package org.careloop.referrals.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** Whether a service can take someone now. */
public enum Capacity implements Coded {

    CAPACITY("capacity"), NO_CAPACITY("no-capacity"), WAITLIST("waitlist");

    private final String code;

    Capacity(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Capacity of(String code) {
        return Coded.of(values(), code);
    }

    @Override
    public String toString() {
        return code;
    }
}
