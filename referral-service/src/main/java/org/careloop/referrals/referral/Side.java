package org.careloop.referrals.referral;

/** The two ends of a closed loop: who asked for help, and who gives it. */
public enum Side {
    REQUESTER, RECEIVER
}
