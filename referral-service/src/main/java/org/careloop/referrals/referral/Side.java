package org.careloop.referrals.referral;

import org.careloop.support.web.Coded;

/** The two ends of a closed loop: who asked for help, and who gives it. */
public enum Side implements Coded {
    REQUESTER, RECEIVER;

    @Override
    public String toString() {
        return code();
    }
}
