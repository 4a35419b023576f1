package org.careloop.notifications.inbox;

import java.util.UUID;

/** What a feature wants said, and to whom; {@link Notifier} turns it into a notification and mails. */
public record NotificationDraft(String kind, String title, String body, String link, String recipientUser,
        UUID recipientOrg, String recipientTeam) {

    public static NotificationDraft toUser(String username, String kind, String title, String body, String link) {
        return new NotificationDraft(kind, title, body, link, username, null, null);
    }

    public static NotificationDraft toOrganization(UUID organizationId, String kind, String title, String body,
            String link) {
        return new NotificationDraft(kind, title, body, link, null, organizationId, null);
    }

    public static NotificationDraft toSupervisorsOf(String team, String kind, String title, String body,
            String link) {
        return new NotificationDraft(kind, title, body, link, null, null, team);
    }
}
