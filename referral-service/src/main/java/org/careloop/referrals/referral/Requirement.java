package org.careloop.referrals.referral;

import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** What a move to a status needs besides the status, named as the field of the status change that carries it. */
public enum Requirement implements Coded {

    /** Why: for rejected, cancelled, on-hold and failed. */
    REASON("reason"),
    /** How it ended for the patient or family: for completed. */
    OUTCOME("outcome");

    private final String code;

    Requirement(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
