package org.careloop.referrals.referral;

import java.time.Instant;

/** One line of a referral's history: the status it took, who set it in which role, when and why. */
public record StatusChange(ReferralStatus status, String by, String role, Instant at, String reason,
        Outcome outcome) {
}
