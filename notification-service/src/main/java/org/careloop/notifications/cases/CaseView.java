package org.careloop.notifications.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;

/**
 * Who holds a case, and when its patient died. Whether a person holds it is {@code CareLoopUser.holdsCase} of its
 * worker's subject and its team, the one rule every service applies.
 */
public record CaseView(UUID caseId, String assignedWorker, String assignedWorkerSub, String team,
        LocalDate dateOfDeath) {

    /** Whether the person holds the case this copy is of: {@link CareLoopUser#holdsCase}, the one rule. */
    public boolean heldBy(CareLoopUser user) {
        return user.holdsCase(assignedWorkerSub, team);
    }
}
