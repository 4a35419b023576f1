package org.careloop.cases.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.cases.assessments.Assessment.DomainScore;

/** An assessment as clients see it. */
record AssessmentResponse(UUID id, UUID caseId, LocalDate assessedOn, Instant recordedAt, String recordedBy,
        DomainScore social, DomainScore emotional, DomainScore spiritual, DomainScore family, DomainScore financial,
        DomainScore practical, String summary) {

    static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.id(), a.caseId(), a.assessedOn(), a.recordedAt(), a.recordedBy(), a.social(),
                a.emotional(), a.spiritual(), a.family(), a.financial(), a.practical(), a.summary());
    }
}
