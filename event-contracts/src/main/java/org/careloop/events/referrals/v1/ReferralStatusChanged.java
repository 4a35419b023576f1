package org.careloop.events.referrals.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral moved in its lifecycle. {@code changedByRole} tells which side moved it (the receiving organization's
 * {@code hospice-staff}, or the requester's {@code social-worker} / {@code supervisor}); {@code outcome} is set on
 * {@code completed} ({@code got-help, not-eligible, no-capacity, could-not-contact, no-longer-interested,
 * referred-elsewhere}) and may be on {@code rejected} and {@code failed} (any of those but {@code got-help}).
 */
public record ReferralStatusChanged(UUID referralId, UUID caseId, UUID organizationId, String previousStatus,
        String status, String outcome, String changedBy, String changedByRole, String requestedBy, String team,
        Instant changedAt, String requestedBySub) {

    public static final String TYPE = "careloop.referral.status-changed.v1";

    /**
     * An event of the first shape, without the requestedBySub (the requester's {@code sub}): that person is unknown.
     */
    public ReferralStatusChanged(UUID referralId, UUID caseId, UUID organizationId, String previousStatus,
            String status, String outcome, String changedBy, String changedByRole, String requestedBy, String team,
            Instant changedAt) {
        this(referralId, caseId, organizationId, previousStatus, status, outcome, changedBy, changedByRole,
                requestedBy, team, changedAt, null);
    }
}
