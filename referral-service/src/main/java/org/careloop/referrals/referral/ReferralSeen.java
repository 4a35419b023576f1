package org.careloop.referrals.referral;

import java.util.List;

/** A referral as the person asking sees it: from one end of the loop, which decides what they may do next. */
public record ReferralSeen(Referral referral, Side side) {

    /** The statuses this person may move the referral to now. */
    public List<ReferralStatus> allowedTransitions() {
        return referral.allowedTransitions(side);
    }
}
