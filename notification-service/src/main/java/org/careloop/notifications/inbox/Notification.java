package org.careloop.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;

/**
 * Something a person should know, with a link to where it is. Addressed to one user, to every staff member of an
 * organization, or to the supervisors of a team. Never holds a patient's name, a diagnosis or a reason.
 */
public record Notification(UUID id, long seq, String kind, String title, String body, String link,
        String recipientUser, String recipientSub, UUID recipientOrg, String recipientTeam, Instant createdAt) {

    /** Its person by token subject (never the username a later account may be given), organization or team. */
    public boolean visibleTo(CareLoopUser user) {
        return (recipientSub != null && recipientSub.equals(user.subject()))
                || (recipientOrg != null && user.hasRole(CareLoopUser.HOSPICE_STAFF)
                        && recipientOrg.toString().equals(user.orgId()))
                || (recipientTeam != null && user.isSupervisorOf(recipientTeam));
    }
}
