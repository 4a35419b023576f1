package org.careloop.referrals.referral;

import java.util.List;

/** One page of the referrals a person may see, newest first, and how many there are in all. */
public record ReferralPage(List<ReferralSeen> items, long total) {
}
