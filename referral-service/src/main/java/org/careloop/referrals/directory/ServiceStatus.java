package org.careloop.referrals.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** Whether a service takes referrals at all (HSDS service status). */
public enum ServiceStatus implements Coded {

    ACTIVE("active"), INACTIVE("inactive"), DEFUNCT("defunct"), TEMPORARILY_CLOSED("temporarily closed");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ServiceStatus of(String code) {
        return Coded.of(values(), code);
    }

    @Override
    public String toString() {
        return code;
    }
}
