package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaseStatusTests {

    @Test
    void followsTheLifecycleOfTheContract() {
        assertThat(CaseStatus.OPEN.next()).containsExactlyInAnyOrder(CaseStatus.ACTIVE, CaseStatus.DECEASED,
                CaseStatus.DISCHARGED, CaseStatus.TRANSFERRED);
        assertThat(CaseStatus.ACTIVE.next()).containsExactlyInAnyOrder(CaseStatus.DECEASED, CaseStatus.DISCHARGED,
                CaseStatus.TRANSFERRED);
        assertThat(CaseStatus.DECEASED.next()).containsExactly(CaseStatus.BEREAVEMENT);
        assertThat(CaseStatus.BEREAVEMENT.next()).containsExactly(CaseStatus.CLOSED);
        assertThat(CaseStatus.DISCHARGED.next()).containsExactly(CaseStatus.CLOSED);
        assertThat(CaseStatus.TRANSFERRED.next()).containsExactly(CaseStatus.CLOSED);
    }

    @Test
    void nothingLeavesClosedAndNothingReturnsToOpen() {
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(CaseStatus.OPEN)).as("%s -> OPEN", status).isFalse();
            assertThat(status.canMoveTo(status)).as("%s -> itself", status).isFalse();
        }
    }

    @Test
    void onlyAMoveToDeceasedNeedsAFieldBesideTheStatus() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.requires()).as(status.name())
                    .isEqualTo(status == CaseStatus.DECEASED ? List.of("dateOfDeath") : List.of());
        }
    }
}
