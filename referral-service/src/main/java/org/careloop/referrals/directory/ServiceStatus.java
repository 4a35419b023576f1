package org.careloop.referrals.directory;

import org.careloop.support.web.Coded;

/** Whether a service takes referrals at all (HSDS service status). */
public enum ServiceStatus implements Coded {

    ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED;

    /** HSDS writes this one with a space, and so do the stored services and the API. */
    @Override
    public String code() {
        return this == TEMPORARILY_CLOSED ? "temporarily closed" : Coded.super.code();
    }

    @Override
    public String toString() {
        return code();
    }
}
