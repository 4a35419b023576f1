package org.careloop.cases.assessments;

import java.time.LocalDate;

import org.careloop.cases.assessments.Assessment.DomainScore;

/**
 * A psychosocial assessment as the social worker writes it, before it is recorded; {@code assessedOn} may be left
 * out for today.
 */
public record NewAssessment(LocalDate assessedOn, DomainScore social, DomainScore emotional, DomainScore spiritual,
        DomainScore family, DomainScore financial, DomainScore practical, String summary) {
}
