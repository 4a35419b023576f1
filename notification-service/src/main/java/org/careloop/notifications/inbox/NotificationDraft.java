package org.careloop.notifications.inbox;

import java.util.UUID;

/** What a feature wants said, and to whom; {@link Notifier} turns it into a notification and mails. */
public record NotificationDraft(String kind, String title, String body, String link, String recipientUser,
        String recipientSub, UUID recipientOrg, String recipientTeam) {

    /**
     * To one person: {@code subject} (their token's sub) decides who sees it; the username is kept for display. A
     * person whose subject is unknown (an event of the first shape) is told nothing in person.
     */
    public static NotificationDraft toUser(String username, String subject, String kind, String title, String body,
            String link) {
        return new NotificationDraft(kind, title, body, link, username, subject, null, null);
    }

    public static NotificationDraft toOrganization(UUID organizationId, String kind, String title, String body,
            String link) {
        return new NotificationDraft(kind, title, body, link, null, null, organizationId, null);
    }

    public static NotificationDraft toSupervisorsOf(String team, String kind, String title, String body,
            String link) {
        return new NotificationDraft(kind, title, body, link, null, null, null, team);
    }
}
