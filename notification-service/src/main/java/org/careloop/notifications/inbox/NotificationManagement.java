package org.careloop.notifications.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;
import org.careloop.support.problems.NotPermittedException;
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
    private final OutgoingMail mail;

    NotificationManagement(Notifications notifications, NotificationStream stream, StaffDirectory staff,
            TransactionTemplate transactions, Clock clock, OutgoingMail mail) {
        this.mail = mail;
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
     * The mails that could not be sent, for admins: no content, no address (only whether it was a staff member's or
     * an organization's intake), so nobody's health data or contact details.
     *
     * @throws NotPermittedException for anyone but an admin
     */
    public MailFailurePage mailFailures(CareLoopUser user, int page, int size) {
        if (!user.hasRole(CareLoopUser.ADMIN)) {
            throw new NotPermittedException("Only an admin sees the mails that could not be sent.");
        }
        return mail.failures(page, size);
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
