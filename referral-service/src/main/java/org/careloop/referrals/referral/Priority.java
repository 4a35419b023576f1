package org.careloop.referrals.referral;

import org.careloop.support.web.Coded;

/** How soon the receiving organization should act (FHIR request priority). */
public enum Priority implements Coded {

    ROUTINE, URGENT, ASAP, STAT;

    @Override
    public String toString() {
        return code();
    }
}
