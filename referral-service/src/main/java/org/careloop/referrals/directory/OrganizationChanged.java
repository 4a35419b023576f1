package org.careloop.referrals.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization was added or changed: other services learn its intake address (where its referral mails go) from
 * the directory, never from their own configuration. Leaves through the outbox as
 * {@code careloop.directory.organization-changed.v1}.
 */
public record OrganizationChanged(UUID eventId, UUID organizationId, String intakeEmail, Instant occurredAt) {
}
