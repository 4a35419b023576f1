package org.careloop.cases.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.cases.assessments.Assessment.DomainScore;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class AssessmentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final UUID CASE = UUID.randomUUID();

    @Test
    void anAssessmentIsOfTodayUnlessADayIsGiven() {
        Assessment recorded = Assessment.record(CASE, assessedOn(null), "sam", NOW, TODAY);

        assertThat(recorded.assessedOn()).isEqualTo(TODAY);
        assertThat(recorded.caseId()).isEqualTo(CASE);
        assertThat(recorded.recordedAt()).isEqualTo(NOW);
        assertThat(recorded.recordedBy()).isEqualTo("sam");
        assertThat(recorded.social()).isEqualTo(new DomainScore(1, "coping"));
        assertThat(recorded.summary()).isEqualTo("steady");
        assertThat(recorded.id()).isNotNull();
    }

    @Test
    void anAssessmentMayBeOfTodayOrAnEarlierDay() {
        assertThat(Assessment.record(CASE, assessedOn(TODAY), "sam", NOW, TODAY).assessedOn()).isEqualTo(TODAY);
        assertThat(Assessment.record(CASE, assessedOn(TODAY.minusDays(3)), "sam", NOW, TODAY).assessedOn())
                .isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void anAssessmentIsNotOfADayStillToCome() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Assessment.record(CASE, assessedOn(TODAY.plusDays(1)), "sam", NOW, TODAY));

        assertThat(refused.errors()).containsExactly(new FieldError("assessedOn", "must not be in the future"));
    }

    private static NewAssessment assessedOn(LocalDate day) {
        DomainScore score = new DomainScore(1, "coping");
        return new NewAssessment(day, score, score, score, score, score, score, "steady");
    }
}
