package org.careloop.cases.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A psychosocial assessment: each domain scored 0 (no concern) to 3 (severe concern) with notes. Kept over time,
 * so the case shows how the patient and family are doing.
 */
public record Assessment(UUID id, UUID caseId, LocalDate assessedOn, Instant recordedAt, String recordedBy,
        DomainScore social, DomainScore emotional, DomainScore spiritual, DomainScore family, DomainScore financial,
        DomainScore practical, String summary) {

    public record DomainScore(int score, String notes) {
    }
}
