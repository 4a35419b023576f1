package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;

import org.careloop.cases.casefile.CaseQuery.CaseSort;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** How a caller's words become a caseload query: the sort parameter and the status filter. */
class CaseQueryTests {

    @Test
    void theDefaultIsTheNewestCasesFirst() {
        CaseQuery query = CaseQuery.of(null, null, null, CaseQuery.DEFAULT_SORT, 0, 20);

        assertThat(query.sort()).isEqualTo(CaseSort.OPENED_AT);
        assertThat(query.descending()).isTrue();
        assertThat(query.statuses()).isEmpty();
        assertThat(CaseQuery.of(null, null, null, null, 0, 20)).isEqualTo(query);
    }

    @Test
    void eachFieldIsNamedAsTheApiNamesItAndAscendingIsTheDefaultDirection() {
        assertThat(CaseQuery.of(null, null, null, "openedAt", 0, 20).sort()).isEqualTo(CaseSort.OPENED_AT);
        assertThat(CaseQuery.of(null, null, null, "updatedAt", 0, 20).sort()).isEqualTo(CaseSort.UPDATED_AT);
        assertThat(CaseQuery.of(null, null, null, "patientName", 0, 20).sort()).isEqualTo(CaseSort.PATIENT_NAME);
        assertThat(CaseQuery.of(null, null, null, "status", 0, 20).sort()).isEqualTo(CaseSort.STATUS);
        assertThat(CaseQuery.of(null, null, null, "status", 0, 20).descending()).isFalse();
        assertThat(CaseQuery.of(null, null, null, "status,asc", 0, 20).descending()).isFalse();
        assertThat(CaseQuery.of(null, null, null, "patientName,DESC", 0, 20).descending()).isTrue();
    }

    @Test
    void anUnknownFieldOrDirectionIsAFieldErrorForSort() {
        assertThat(errors("diagnosis")).containsExactly(new FieldError("sort",
                "must be one of openedAt, updatedAt, patientName, status, optionally followed by ,asc or ,desc"));
        assertThat(errors("openedAt,up")).containsExactly(new FieldError("sort", "direction must be asc or desc"));
        assertThat(errors("OpenedAt")).as("field names are exact").extracting(FieldError::field)
                .containsExactly("sort");
        assertThat(errors("diagnosis,up")).as("both faults, collected").hasSize(2);
    }

    @Test
    void anEmptyStatusIsAFieldErrorCollectedWithTheSortsFaults() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> CaseQuery.of(Arrays.asList(CaseStatus.OPEN, null), null, null, "diagnosis", 0, 20));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("status", "sort");
        assertThat(refused.errors().getFirst().message()).contains("ACTIVE", "CLOSED");
    }

    @Test
    void theFiltersAreKeptAndABlankWorkerIsNoFilter() {
        CaseQuery query = CaseQuery.of(List.of(CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.OPEN), "hale", "  ",
                "updatedAt,desc", 3, 50);

        assertThat(query.statuses()).containsExactlyInAnyOrder(CaseStatus.OPEN, CaseStatus.ACTIVE);
        assertThat(query.q()).isEqualTo("hale");
        assertThat(query.assignedTo()).isNull();
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.size()).isEqualTo(50);
        assertThat(CaseQuery.of(null, null, " sam ", null, 0, 20).assignedTo()).isEqualTo("sam");
    }

    @Test
    void parseKnowsEverySortField() {
        for (CaseSort sort : CaseSort.values()) {
            assertThat(CaseSort.parse(sort.parameter)).contains(sort);
        }
        assertThat(CaseSort.parse("opened_at")).as("the column is not the parameter").isEmpty();
    }

    private static List<FieldError> errors(String sort) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> CaseQuery.of(null, null, null, sort, 0, 20)).errors();
    }
}
