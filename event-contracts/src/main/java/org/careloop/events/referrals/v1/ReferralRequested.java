package org.careloop.events.referrals.v1;

import java.time.Instant;
import java.util.UUID;

/** A social worker sent a referral to an organization's service; the organization must answer it. */
public record ReferralRequested(UUID referralId, UUID caseId, UUID serviceId, UUID organizationId, String category,
        String priority, String requestedBy, String team, Instant requestedAt, String requestedBySub) {

    public static final String TYPE = "careloop.referral.requested.v1";

    /**
     * An event of the first shape, without the requestedBySub (the requester's {@code sub}): that person is unknown.
     */
    public ReferralRequested(UUID referralId, UUID caseId, UUID serviceId, UUID organizationId, String category,
            String priority, String requestedBy, String team, Instant requestedAt) {
        this(referralId, caseId, serviceId, organizationId, category, priority, requestedBy, team, requestedAt, null);
    }
}
