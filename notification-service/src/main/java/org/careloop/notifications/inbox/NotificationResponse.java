package org.careloop.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it. */
record NotificationResponse(UUID id, String kind, String title, String body, String link, Instant createdAt,
        Instant readAt) {

    static NotificationResponse of(Notification n, Instant readAt) {
        return new NotificationResponse(n.id(), n.kind(), n.title(), n.body(), n.link(), n.createdAt(), readAt);
    }
}
