package org.careloop.referrals.referral;

import org.careloop.support.web.Coded;

/**
 * How a referral ended for the patient or family: required when it is completed; a rejection or a failure may say
 * why with any of them but {@link #GOT_HELP}. {@code could-not-contact} was {@code couldnt-contact} until issue 18
 * (stored rows migrated in V9).
 */
public enum Outcome implements Coded {

    GOT_HELP, NOT_ELIGIBLE, NO_CAPACITY, COULD_NOT_CONTACT, NO_LONGER_INTERESTED, REFERRED_ELSEWHERE;

    @Override
    public String toString() {
        return code();
    }
}
