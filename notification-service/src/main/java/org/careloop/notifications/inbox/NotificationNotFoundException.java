package org.careloop.notifications.inbox;

import java.util.UUID;

/** No such notification, or none the person may see. */
public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException(UUID id) {
        super("No notification " + id);
    }
}
