package org.careloop.events.directory.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin added an organization to the directory or changed it. Carries what other services need of it: the
 * address that receives its referral mails ({@code intakeEmail}, null when it has none). The newest
 * {@code changedAt} wins.
 */
public record OrganizationChanged(UUID organizationId, String intakeEmail, Instant changedAt) {

    public static final String TYPE = "careloop.directory.organization-changed.v1";
}
