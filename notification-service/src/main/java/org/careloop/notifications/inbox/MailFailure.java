package org.careloop.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail that could not be sent after all its attempts, without its content: which notification it was for, whom
 * (a staff member or an organization's intake: never the address), how often it was tried, the class of the last
 * error and when it was given up.
 */
public record MailFailure(UUID id, UUID notificationId, String recipientKind, int attempts, String lastError,
        Instant failedAt) {
}
