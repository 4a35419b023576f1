package org.careloop.notifications.cases;

import java.time.LocalDate;
import java.util.UUID;

/** What the read model learnt that matters beyond it; published inside the consumer's transaction. */
public final class CaseChanges {

    private CaseChanges() {
    }

    public record PatientDied(UUID caseId, LocalDate dateOfDeath) {
    }

    public record DeathDateCorrected(UUID caseId, LocalDate dateOfDeath) {
    }

    public record DeathEnteredInError(UUID caseId) {
    }

    public record FamilyMemberJoined(FamilyMember member) {
    }
}
