package org.careloop.events.referrals.v1;

import java.time.Instant;
import java.util.UUID;

/** A social worker sent a referral to an organization's service; the organization must answer it. */
public record ReferralRequested(UUID referralId, UUID caseId, UUID serviceId, UUID organizationId, String category,
        String priority, String requestedBy, String team, Instant requestedAt) {

    public static final String TYPE = "careloop.referral.requested.v1";
}
