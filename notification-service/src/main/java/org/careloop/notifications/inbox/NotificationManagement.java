package org.careloop.notifications.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inbox's public API: a person's notifications, marking one read, and the live stream. Every call also keeps
 * the person's mail address as their token names it ({@link StaffDirectory}), so notifications reach them by mail.
 */
@Service
public class NotificationManagement {

    private final Notifications notifications;
    private final NotificationStream stream;
    private final StaffDirectory staff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationManagement(Notifications notifications, NotificationStream stream, StaffDirectory staff,
            TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.stream = stream;
        this.staff = staff;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The person's notifications, newest first: their own, their organization's, their team's as supervisor. */
    public InboxPage inbox(CareLoopUser user, boolean unreadOnly, int page, int size) {
        staff.remember(user);
        return notifications.inbox(user, unreadOnly, page, size);
    }

    /**
     * Marks a notification read for the person (again is a no-op).
     *
     * @throws NotificationNotFoundException when there is none with this id that the person may see
     */
    public void markRead(UUID id, CareLoopUser user) {
        staff.remember(user);
        transactions.executeWithoutResult(status -> {
            notifications.byId(id).filter(n -> n.visibleTo(user))
                    .orElseThrow(() -> new NotificationNotFoundException(id));
            notifications.markRead(id, user, clock.instant());
        });
    }

    /**
     * Opens the person's live stream, first with what they missed after {@code lastEventId} (the sequence number
     * of the last notification they saw; null: from now).
     *
     * @throws TokenExpiredException when the token that asks for it is already past its expiry
     */
    public SseEmitter openStream(CareLoopUser user, Instant tokenExpiry, Long lastEventId) {
        staff.remember(user);
        return stream.open(user, tokenExpiry, lastEventId);
    }
}
