package org.careloop.referrals.referral;

import org.careloop.support.web.Coded;

/** How a completed referral ended for the patient or family. */
public enum Outcome implements Coded {

    GOT_HELP, NOT_ELIGIBLE, NO_CAPACITY, COULDNT_CONTACT, NO_LONGER_INTERESTED, REFERRED_ELSEWHERE;

    @Override
    public String toString() {
        return code();
    }
}
