package org.careloop.referrals.directory;

import org.careloop.support.web.Coded;

/** Whether a service can take someone now. */
public enum Capacity implements Coded {

    CAPACITY, NO_CAPACITY, WAITLIST;

    @Override
    public String toString() {
        return code();
    }
}
