package org.careloop.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells people: stores the notification (every instance's open streams hear of it on commit) and queues a short
 * mail to each recipient's address, in the caller's transaction. The mail holds the title, a fixed sentence and a
 * link: no patient name, diagnosis or reason ever goes out by mail.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Notifications notifications;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final InboxProperties properties;
    private final Clock clock;

    Notifier(Notifications notifications, StaffDirectory staff, JdbcClient jdbc, InboxProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public void notify(NotificationDraft draft) {
        Notification notification = notifications.insert(draft, clock.instant());
        Set<String> addresses = new LinkedHashSet<>(staff.addressesOf(draft));
        String body = draft.title() + "\n\nThere is something new for you in CareLoop. For the privacy of the people "
                + "we care for, the details are only in CareLoop:\n" + properties.dashboardUrl() + draft.link() + "\n";
        String intake = draft.recipientOrg() == null ? null : staff.intakeOf(draft.recipientOrg()).orElse(null);
        for (String address : addresses) {
            jdbc.sql("""
                    insert into outgoing_mail (id, recipient, subject, body, status, created_at, attempts,
                        notification_id, recipient_kind)
                    values (:id, :to, :subject, :body, 'PENDING', :at, 0, :notification, :kind)
                    """)
                    .param("notification", notification.id())
                    .param("kind", address.equals(intake) ? "ORGANIZATION_INTAKE" : "STAFF")
                    .param("id", UUID.randomUUID()).param("to", address).param("subject", "CareLoop: " + draft.title())
                    .param("body", body).param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        log.info("Created notification {} of kind {} with {} mail(s)", notification.id(), draft.kind(),
                addresses.size());
    }
}
