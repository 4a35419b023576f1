package org.careloop.referrals.referral;

import org.careloop.support.web.Coded;

/** What a move to a status needs besides the status, named as the field of the status change that carries it. */
public enum Requirement implements Coded {

    /** Why: for rejected, cancelled, on-hold and failed. */
    REASON,
    /** How it ended for the patient or family: for completed. */
    OUTCOME
}
