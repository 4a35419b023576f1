package org.careloop.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/** A mail that could not be sent: no content, no address. {@code recipientKind}: STAFF or ORGANIZATION_INTAKE. */
record MailFailureResponse(UUID id, UUID notificationId, String recipientKind, int attempts, String lastError,
        Instant failedAt) {

    static MailFailureResponse of(MailFailure failure) {
        return new MailFailureResponse(failure.id(), failure.notificationId(), failure.recipientKind(),
                failure.attempts(), failure.lastError(), failure.failedAt());
    }
}
