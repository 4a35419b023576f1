package org.careloop.notifications.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;

/** Who holds a case, and when its patient died. */
public record CaseView(UUID caseId, String assignedWorker, String assignedWorkerSub, String team,
        LocalDate dateOfDeath) {

    /** The social worker holding the case (by token subject, never by username), and the supervisors of its team. */
    public boolean heldBy(CareLoopUser user) {
        return (user.hasRole(CareLoopUser.SOCIAL_WORKER) && user.subject() != null
                && user.subject().equals(assignedWorkerSub))
                || user.isSupervisorOf(team);
    }
}
