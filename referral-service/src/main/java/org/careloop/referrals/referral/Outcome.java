package org.careloop.referrals.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** How a completed referral ended for the patient or family. */
public enum Outcome implements Coded {

    GOT_HELP("got-help"), NOT_ELIGIBLE("not-eligible"), NO_CAPACITY("no-capacity"), COULDNT_CONTACT("couldnt-contact"),
    NO_LONGER_INTERESTED("no-longer-interested"), REFERRED_ELSEWHERE("referred-elsewhere");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Outcome of(String code) {
        return Coded.of(values(), code);
    }

    @Override
    public String toString() {
        return code;
    }
}
