package org.careloop.referrals.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;

/**
 * What referral-service knows of a case: who holds it (decided by {@code CareLoopUser.holdsCase} from the worker's
 * subject and the team), where it is in its lifecycle.
 */
public record CaseView(UUID caseId, String assignedWorker, String assignedWorkerSub, String team, String status,
        LocalDate dateOfDeath, Set<UUID> familyMemberIds) {

    public CaseView {
        familyMemberIds = Set.copyOf(familyMemberIds);
    }

    /** A case whose family is not known here (none recorded yet). */
    public CaseView(UUID caseId, String assignedWorker, String assignedWorkerSub, String team, String status,
            LocalDate dateOfDeath) {
        this(caseId, assignedWorker, assignedWorkerSub, team, status, dateOfDeath, Set.of());
    }

    /** Whether the family member was recorded on this case (a family-member-added event of this case). */
    public boolean hasFamilyMember(UUID familyMemberId) {
        return familyMemberIds.contains(familyMemberId);
    }

    /** Whether the person holds the case this copy is of: {@link CareLoopUser#holdsCase}, the one rule. */
    public boolean heldBy(CareLoopUser user) {
        return user.holdsCase(assignedWorkerSub, team);
    }

    private static final Set<String> CARE_ENDED = Set.of("CLOSED", "DISCHARGED", "TRANSFERRED");
    private static final Set<String> AFTER_DEATH = Set.of("DECEASED", "BEREAVEMENT");

    public boolean careEnded() {
        return CARE_ENDED.contains(status);
    }

    public boolean patientDied() {
        return AFTER_DEATH.contains(status) || dateOfDeath != null;
    }
}
