package org.careloop.cases.wishes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class WishesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final UUID CASE = UUID.randomUUID();

    @Test
    void theWishesAreRecordedAsStatedWithWhoAndWhen() {
        Wishes recorded = Wishes.record(CASE, reviewedOn(TODAY), "sam", NOW, TODAY);

        assertThat(recorded.caseId()).isEqualTo(CASE);
        assertThat(recorded.goalsOfCare()).isEqualTo("comfort at home");
        assertThat(recorded.healthCareProxy().name()).isEqualTo("Ada Hale");
        assertThat(recorded.codeStatus()).isEqualTo(CodeStatus.DNR);
        assertThat(recorded.lastReviewedOn()).isEqualTo(TODAY);
        assertThat(recorded.updatedAt()).isEqualTo(NOW);
        assertThat(recorded.updatedBy()).isEqualTo("sam");
    }

    @Test
    void wishesNeedNotHaveBeenReviewed() {
        assertThat(Wishes.record(CASE, reviewedOn(null), "sam", NOW, TODAY).lastReviewedOn()).isNull();
    }

    @Test
    void wishesAreNotReviewedOnADayStillToCome() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Wishes.record(CASE, reviewedOn(TODAY.plusDays(1)), "sam", NOW, TODAY));

        assertThat(refused.errors()).containsExactly(new FieldError("lastReviewedOn", "must not be in the future"));
    }

    @Test
    void aCaseWithNothingRecordedHasEmptyWishes() {
        Wishes none = Wishes.noneYet(CASE);

        assertThat(none.caseId()).isEqualTo(CASE);
        assertThat(none).hasAllNullFieldsOrPropertiesExcept("caseId");
    }

    private static NewWishes reviewedOn(LocalDate day) {
        return new NewWishes("comfort at home", new HealthCareProxy("Ada Hale", "spouse", null, null),
                PolstStatus.COMFORT_FOCUSED, CodeStatus.DNR, PlaceOfDeath.HOME, null, null, null, day);
    }
}
