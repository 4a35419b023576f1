package org.careloop.referrals.referral;

/** The referral lifecycle does not allow this change from the referral's current status. */
public class ForbiddenReferralTransitionException extends RuntimeException {

    public ForbiddenReferralTransitionException(ReferralStatus from, ReferralStatus to) {
        super("A referral that is " + from + " cannot become " + to + "; from " + from + " it can become "
                + (from.next().isEmpty() ? "nothing else" : from.next()));
    }
}
