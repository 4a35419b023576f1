package org.careloop.referrals.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;

/** What referral-service knows of a case: who holds it, their team, where it is in its lifecycle. */
public record CaseView(UUID caseId, String assignedWorker, String assignedWorkerSub, String team, String status,
        LocalDate dateOfDeath) {

    private static final Set<String> CARE_ENDED = Set.of("CLOSED", "DISCHARGED", "TRANSFERRED");
    private static final Set<String> AFTER_DEATH = Set.of("DECEASED", "BEREAVEMENT");

    /** The social worker who holds the case (by token subject, never by username), and its team's supervisors. */
    public boolean heldBy(CareLoopUser user) {
        return (user.hasRole(CareLoopUser.SOCIAL_WORKER) && user.subject() != null
                && user.subject().equals(assignedWorkerSub))
                || user.isSupervisorOf(team);
    }

    public boolean careEnded() {
        return CARE_ENDED.contains(status);
    }

    public boolean patientDied() {
        return AFTER_DEATH.contains(status) || dateOfDeath != null;
    }
}
