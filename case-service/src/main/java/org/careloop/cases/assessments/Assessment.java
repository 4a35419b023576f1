package org.careloop.cases.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;

/**
 * A psychosocial assessment: each domain scored 0 (no concern) to 3 (severe concern) with notes. Kept over time,
 * so the case shows how the patient and family are doing.
 */
public record Assessment(UUID id, UUID caseId, LocalDate assessedOn, Instant recordedAt, String recordedBy,
        DomainScore social, DomainScore emotional, DomainScore spiritual, DomainScore family, DomainScore financial,
        DomainScore practical, String summary) {

    /**
     * Records an assessment on a case: assessed today unless a day is given, and never on a day still to come
     * ({@code today} is the hospice's). Faults are collected into one {@link InvalidInputException}.
     */
    static Assessment record(UUID caseId, NewAssessment assessment, String actor, Instant now, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate assessedOn = assessment.assessedOn() == null ? today : assessment.assessedOn();
        if (assessedOn.isAfter(today)) {
            errors.add(new FieldError("assessedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Assessment(UUID.randomUUID(), caseId, assessedOn, now, actor, assessment.social(),
                assessment.emotional(), assessment.spiritual(), assessment.family(), assessment.financial(),
                assessment.practical(), assessment.summary());
    }

    public record DomainScore(int score, String notes) {
    }
}
