package org.careloop.notifications.inbox;

import java.time.Instant;
import java.util.List;

/** One page of a person's inbox, newest first, and how many notifications it holds in all. */
public record InboxPage(List<Entry> entries, long total) {

    /** A notification in the inbox, and when its reader marked it read (null: unread). */
    public record Entry(Notification notification, Instant readAt) {
    }
}
