package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.cases.casefile.CaseEvents.CaseAssigned;
import org.careloop.cases.casefile.CaseEvents.CaseOpened;
import org.careloop.cases.casefile.CaseEvents.CaseStatusChanged;
import org.careloop.cases.casefile.CaseEvents.DeathDateCorrected;
import org.careloop.cases.casefile.CaseEvents.DeathEnteredInError;
import org.careloop.cases.casefile.CaseEvents.PatientDied;
import org.careloop.cases.casefile.CaseEvents.TreatmentSummaryUpdated;
import org.careloop.cases.casefile.TreatmentSummary.Treatment;
import org.careloop.cases.casefile.TreatmentSummary.TreatmentKind;
import org.careloop.cases.casefile.TreatmentSummary.TreatmentStatus;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.careloop.support.security.CareLoopUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case's own rules: its lifecycle, the date of death, its corrections, assignment and treatment dates. */
class CaseTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final LocalDate DIED = TODAY.minusDays(2);
    static final String WORKER_SUB = UUID.randomUUID().toString();
    /** Two family members, each with an ended bereavement plan, none still open. */
    static final BereavementCoverage COVERED = new BereavementCoverage(2, 0, false);

    // --- the lifecycle

    @ParameterizedTest(name = "from {0}")
    @EnumSource(CaseStatus.class)
    void theAllowedTransitionsAreExactlyTheMovesChangeStatusAccepts(CaseStatus from) {
        List<CaseStatus> accepted = new ArrayList<>();
        for (CaseStatus target : CaseStatus.values()) {
            Case c = caseIn(from);
            try {
                c.changeStatus(target, null, target.requires().contains("dateOfDeath") ? DIED : null, null, "sam",
                        NOW, TODAY);
                accepted.add(target);
            } catch (ForbiddenTransitionException refused) {
                assertThat(c.status()).isEqualTo(from);
            }
        }

        assertThat(caseIn(from).allowedTransitions()).extracting(AllowedTransition::status)
                .containsExactlyElementsOf(accepted);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(CaseStatus.class)
    void eachAllowedTransitionNeedsExactlyTheFieldsItLists(CaseStatus from) {
        for (AllowedTransition move : caseIn(from).allowedTransitions()) {
            if (move.requires().contains("dateOfDeath")) {
                Throwable withoutDate = catchThrowable(() -> caseIn(from).changeStatus(move.status(), null, null,
                        null, "sam", NOW, TODAY));
                assertThat(withoutDate).as("%s -> %s without a date", from, move.status())
                        .isInstanceOf(InvalidInputException.class);
                assertThat(fields(withoutDate)).containsExactly("dateOfDeath");
            } else {
                Case c = caseIn(from);
                c.changeStatus(move.status(), null, null, null, "sam", NOW, TODAY);
                assertThat(c.status()).as("%s -> %s with nothing but the status", from, move.status())
                        .isEqualTo(move.status());
                Throwable withDate = catchThrowable(() -> caseIn(from).changeStatus(move.status(), null, DIED,
                        null, "sam", NOW, TODAY));
                assertThat(withDate).as("%s -> %s refuses a date of death", from, move.status())
                        .isInstanceOf(InvalidInputException.class);
            }
        }
    }

    @Test
    void theAllowedTransitionsFollowTheLifecycleInItsOrder() {
        assertThat(caseIn(CaseStatus.OPEN).allowedTransitions()).containsExactly(
                new AllowedTransition(CaseStatus.ACTIVE, List.of()),
                new AllowedTransition(CaseStatus.DECEASED, List.of("dateOfDeath")),
                new AllowedTransition(CaseStatus.TRANSFERRED, List.of()),
                new AllowedTransition(CaseStatus.DISCHARGED, List.of()));
        assertThat(caseIn(CaseStatus.BEREAVEMENT).allowedTransitions())
                .as("closing may still be refused while a plan is open: the case does not know its plans")
                .containsExactly(new AllowedTransition(CaseStatus.CLOSED, List.of()));
        assertThat(caseIn(CaseStatus.CLOSED).allowedTransitions()).isEmpty();
    }

    @Test
    void aForbiddenMoveChangesNothingAndRecordsNothing() {
        Case c = caseIn(CaseStatus.ACTIVE);
        Instant before = c.updatedAt();

        assertThatThrownBy(() -> c.changeStatus(CaseStatus.CLOSED, "done", null, null, "sam", NOW, TODAY))
                .isInstanceOf(ForbiddenTransitionException.class)
                .hasMessageContaining("ACTIVE cannot become CLOSED");

        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(c.updatedAt()).isEqualTo(before);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void aMoveRecordsItsReasonWhoAndWhen() {
        Case c = caseIn(CaseStatus.OPEN);
        Instant later = NOW.plusSeconds(60);

        c.changeStatus(CaseStatus.DISCHARGED, "moved in with her daughter", null, null, "sue", later, TODAY);

        assertThat(c.updatedAt()).isEqualTo(later);
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseStatusChanged.class, changed -> {
            assertThat(changed.caseId()).isEqualTo(c.id());
            assertThat(changed.previousStatus()).isEqualTo(CaseStatus.OPEN);
            assertThat(changed.status()).isEqualTo(CaseStatus.DISCHARGED);
            assertThat(changed.reason()).isEqualTo("moved in with her daughter");
            assertThat(changed.actor()).isEqualTo("sue");
            assertThat(changed.assignedWorkerSub()).isEqualTo(WORKER_SUB);
            assertThat(changed.occurredAt()).isEqualTo(later);
        });
    }

    @Test
    void aReasonIsNeededByNoMove() {
        Case c = caseIn(CaseStatus.DISCHARGED);

        c.changeStatus(CaseStatus.CLOSED, null, null, null, "sam", NOW, TODAY);

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseStatusChanged.class,
                changed -> assertThat(changed.reason()).isNull());
    }

    // --- death

    @Test
    void aDeathRecordsItsDateTheStatusBeforeAndBothEvents() {
        Case c = caseIn(CaseStatus.ACTIVE);

        c.changeStatus(CaseStatus.DECEASED, null, DIED, null, "sam", NOW, TODAY);

        assertThat(c.status()).isEqualTo(CaseStatus.DECEASED);
        assertThat(c.dateOfDeath()).isEqualTo(DIED);
        assertThat(c.statusBeforeDeath()).isEqualTo(CaseStatus.ACTIVE);
        List<Object> events = c.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(CaseStatusChanged.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(PatientDied.class,
                died -> assertThat(died.dateOfDeath()).isEqualTo(DIED));
    }

    @Test
    void aDeathMayBeToday() {
        Case c = caseIn(CaseStatus.OPEN);

        c.changeStatus(CaseStatus.DECEASED, null, TODAY, null, "sam", NOW, TODAY);

        assertThat(c.dateOfDeath()).isEqualTo(TODAY);
    }

    @Test
    void aDeathNeedsADateNeitherInTheFutureNorBeforeBirth() {
        assertThat(fieldsRefused(c -> c.changeStatus(CaseStatus.DECEASED, null, null, null, "sam", NOW, TODAY)))
                .containsExactly(new FieldError("dateOfDeath", "is required when the patient has died"));
        assertThat(fieldsRefused(c -> c.changeStatus(CaseStatus.DECEASED, null, TODAY.plusDays(1), null, "sam",
                NOW, TODAY))).containsExactly(new FieldError("dateOfDeath", "must not be in the future"));
        assertThat(fieldsRefused(c -> c.changeStatus(CaseStatus.DECEASED, null, LocalDate.of(1950, 1, 1), null,
                "sam", NOW, TODAY)))
                .containsExactly(new FieldError("dateOfDeath", "must not be before the patient's date of birth"));
        assertThat(fieldsRefused(c -> c.changeStatus(CaseStatus.ACTIVE, null, DIED, null, "sam", NOW, TODAY)))
                .containsExactly(new FieldError("dateOfDeath", "is only recorded with the status DECEASED"));
    }

    // --- closing after bereavement

    @Test
    void aCaseInBereavementClosesOnlyOnceEveryPlanHasEnded() {
        Case c = caseIn(CaseStatus.BEREAVEMENT);
        c.bereavementKnown(new BereavementCoverage(1, 0, true));

        assertThatThrownBy(() -> c.changeStatus(CaseStatus.CLOSED, null, null, null, "sam", NOW, TODAY))
                .isInstanceOf(ForbiddenTransitionException.class)
                .hasMessageContaining("bereavement plan is still open");
        assertThat(c.status()).isEqualTo(CaseStatus.BEREAVEMENT);
        assertThat(c.pullEvents()).isEmpty();
        assertThatThrownBy(() -> c.changeStatus(CaseStatus.CLOSED, null, null, "family declined", "sam", NOW, TODAY))
                .as("no reason closes a case over a plan that still runs")
                .isInstanceOf(ForbiddenTransitionException.class);

        c.bereavementKnown(COVERED);
        c.changeStatus(CaseStatus.CLOSED, null, null, null, "sam", NOW, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aCaseClosesAfterADeathWithoutAnEndedPlanForEveryFamilyMemberOnlyWithNoBereavementSupportAndAReason() {
        for (BereavementCoverage uncovered : List.of(BereavementCoverage.NONE, new BereavementCoverage(1, 1, false))) {
            Case c = caseIn(CaseStatus.BEREAVEMENT);
            c.bereavementKnown(uncovered);
            assertThat(c.allowedTransitions()).as("%s", uncovered)
                    .containsExactly(new AllowedTransition(CaseStatus.CLOSED, List.of("noBereavementSupport")));

            Throwable refused = catchThrowable(() -> c.changeStatus(CaseStatus.CLOSED, null, null, null, "sam", NOW,
                    TODAY));

            assertThat(fields(refused)).as("%s", uncovered).containsExactly("noBereavementSupport");
            assertThat(c.status()).isEqualTo(CaseStatus.BEREAVEMENT);
            c.changeStatus(CaseStatus.CLOSED, null, null, "no family; the neighbour declined", "sam", NOW, TODAY);
            assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseStatusChanged.class,
                    changed -> assertThat(changed.reason()).contains("No bereavement support needed")
                            .contains("the neighbour declined"));
        }
        assertThat(fields(catchThrowable(() -> caseIn(CaseStatus.DISCHARGED).changeStatus(CaseStatus.CLOSED, null,
                null, "not after a death", "sam", NOW, TODAY)))).containsExactly("noBereavementSupport");
    }

    @Test
    void aPlanThatStartsAfterClosingReopensTheCaseInBereavement() {
        Case c = caseIn(CaseStatus.CLOSED);

        c.reopenForALatePlan(NOW);

        assertThat(c.status()).isEqualTo(CaseStatus.BEREAVEMENT);
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseStatusChanged.class, changed -> {
            assertThat(changed.previousStatus()).isEqualTo(CaseStatus.CLOSED);
            assertThat(changed.reason()).contains("after the case was closed");
        });
    }

    @Test
    void openPlansDoNotHoldBackAnyOtherMove() {
        Case c = caseIn(CaseStatus.DISCHARGED);

        c.changeStatus(CaseStatus.CLOSED, null, null, null, "sam", NOW, TODAY);

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    // --- corrections

    @Test
    void aCorrectedDateOfDeathIsRecordedWithItsReason() {
        Case c = caseIn(CaseStatus.BEREAVEMENT);

        c.correctDateOfDeath(DIED.minusDays(1), "the hospital record said the 7th", "sue", NOW, TODAY);

        assertThat(c.dateOfDeath()).isEqualTo(DIED.minusDays(1));
        assertThat(c.status()).isEqualTo(CaseStatus.BEREAVEMENT);
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(DeathDateCorrected.class, corrected -> {
            assertThat(corrected.previousDateOfDeath()).isEqualTo(DIED);
            assertThat(corrected.dateOfDeath()).isEqualTo(DIED.minusDays(1));
            assertThat(corrected.reason()).isEqualTo("the hospital record said the 7th");
        });
    }

    @Test
    void correctingToTheSameDateChangesNothing() {
        Case c = caseIn(CaseStatus.DECEASED);
        Instant before = c.updatedAt();

        c.correctDateOfDeath(DIED, null, "sam", NOW.plusSeconds(60), TODAY);

        assertThat(c.updatedAt()).isEqualTo(before);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void aCorrectionKeepsTheDateRulesAndNeedsARecordedDeath() {
        assertThatThrownBy(() -> caseIn(CaseStatus.ACTIVE).correctDateOfDeath(DIED, null, "sam", NOW, TODAY))
                .isInstanceOf(ForbiddenTransitionException.class).hasMessageContaining("no death is recorded");

        Case c = caseIn(CaseStatus.DECEASED);
        Throwable future = catchThrowable(() -> c.correctDateOfDeath(TODAY.plusDays(1), null, "sam", NOW, TODAY));
        assertThat(fields(future)).containsExactly("dateOfDeath");
        assertThat(c.dateOfDeath()).isEqualTo(DIED);
    }

    @ParameterizedTest(name = "died while {0}")
    @EnumSource(value = CaseStatus.class, names = { "OPEN", "ACTIVE" })
    void aDeathEnteredInErrorReturnsTheCaseToWhereItWas(CaseStatus before) {
        for (CaseStatus after : List.of(CaseStatus.DECEASED, CaseStatus.BEREAVEMENT)) {
            Case c = caseIn(before);
            c.changeStatus(CaseStatus.DECEASED, null, DIED, null, "sam", NOW, TODAY);
            if (after == CaseStatus.BEREAVEMENT) {
                c.changeStatus(CaseStatus.BEREAVEMENT, null, null, null, "notification-service", NOW, TODAY);
            }
            c.pullEvents();

            c.deathEnteredInError("recorded on the wrong patient's case", "sue", NOW);

            assertThat(c.status()).isEqualTo(before);
            assertThat(c.dateOfDeath()).isNull();
            assertThat(c.statusBeforeDeath()).isNull();
            List<Object> events = c.pullEvents();
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isInstanceOfSatisfying(CaseStatusChanged.class, changed -> {
                assertThat(changed.previousStatus()).isEqualTo(after);
                assertThat(changed.status()).isEqualTo(before);
                assertThat(changed.reason()).isEqualTo("recorded on the wrong patient's case");
            });
            assertThat(events.get(1)).isInstanceOfSatisfying(DeathEnteredInError.class,
                    error -> assertThat(error.restoredStatus()).isEqualTo(before));
        }
    }

    @Test
    void aDeathCanBeEnteredInErrorOnlyWhileOneIsRecorded() {
        for (CaseStatus status : List.of(CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.DISCHARGED,
                CaseStatus.CLOSED)) {
            Case c = caseIn(status);
            assertThatThrownBy(() -> c.deathEnteredInError("oops", "sam", NOW)).as(status.name())
                    .isInstanceOf(ForbiddenTransitionException.class);
            assertThat(c.status()).isEqualTo(status);
        }
    }

    // --- assignment

    @Test
    void aReassignmentNamesTheNewWorkerAndOnlyAChangeIsRecorded() {
        Case c = caseIn(CaseStatus.ACTIVE);
        String saraSub = UUID.randomUUID().toString();

        c.assignTo("sam", WORKER_SUB, "sue", NOW);
        assertThat(c.pullEvents()).as("the same worker again").isEmpty();

        c.assignTo("sara", saraSub, "sue", NOW);
        assertThat(c.assignedWorker()).isEqualTo("sara");
        assertThat(c.assignedWorkerSub()).isEqualTo(saraSub);
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseAssigned.class, assigned -> {
            assertThat(assigned.previousWorker()).isEqualTo("sam");
            assertThat(assigned.assignedWorker()).isEqualTo("sara");
        });
    }

    @Test
    void aClosedCaseIsNotReassigned() {
        Case c = caseIn(CaseStatus.CLOSED);

        assertThatThrownBy(() -> c.assignTo("sara", UUID.randomUUID().toString(), "sue", NOW))
                .isInstanceOf(ForbiddenTransitionException.class);
        assertThat(c.assignedWorker()).isEqualTo("sam");
    }

    @Test
    void theCaseIsHeldByItsWorkerBySubjectAndByItsTeamsSupervisors() {
        Case c = caseIn(CaseStatus.OPEN);

        assertThat(c.heldBy(user(WORKER_SUB, CareLoopUser.SOCIAL_WORKER, "palliative-north"))).isTrue();
        assertThat(c.heldBy(user(UUID.randomUUID().toString(), CareLoopUser.SOCIAL_WORKER, "palliative-north")))
                .as("a colleague of the team").isFalse();
        assertThat(c.heldBy(user(UUID.randomUUID().toString(), CareLoopUser.SUPERVISOR, "palliative-north")))
                .isTrue();
        assertThat(c.heldBy(user(UUID.randomUUID().toString(), CareLoopUser.SUPERVISOR, "palliative-south")))
                .isFalse();
        assertThat(c.heldBy(user(UUID.randomUUID().toString(), CareLoopUser.AUDITOR, null))).isFalse();
        assertThat(c.accessLogVisibleTo(user(UUID.randomUUID().toString(), CareLoopUser.AUDITOR, null))).isTrue();
        assertThat(c.accessLogVisibleTo(user(WORKER_SUB, CareLoopUser.SOCIAL_WORKER, "palliative-north")))
                .as("the worker reads the case, not its access log").isFalse();
    }

    // --- treatment summary

    @Test
    void aTreatmentSummaryWithDatesThatKeepTheRulesIsRecorded() {
        Case c = caseIn(CaseStatus.ACTIVE);
        TreatmentSummary summary = summary(treatment(TODAY.minusDays(30), TODAY));

        c.updateTreatmentSummary(summary, "sam", NOW, TODAY);

        assertThat(c.treatmentSummary()).isEqualTo(summary);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(TreatmentSummaryUpdated.class);
    }

    @Test
    void aTreatmentSummaryWithBadDatesNamesEachAndChangesNothing() {
        Case c = caseIn(CaseStatus.ACTIVE);
        TreatmentSummary summary = summary(treatment(TODAY.minusDays(1), TODAY.minusDays(5)),
                treatment(null, TODAY), treatment(null, TODAY.plusDays(2)));

        Throwable refused = catchThrowable(() -> c.updateTreatmentSummary(summary, "sam", NOW, TODAY));

        assertThat(fields(refused)).containsExactly("treatments[0].endedOn", "treatments[2].endedOn");
        assertThat(c.treatmentSummary()).isNull();
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void aTreatmentThatEndsAfterTodayInTheHospiceZoneIsRefusedWithNoSlackDay() {
        Case c = caseIn(CaseStatus.ACTIVE);
        TreatmentSummary summary = summary(treatment(TODAY.minusDays(30), TODAY),
                treatment(TODAY.minusDays(30), TODAY.plusDays(1)));

        Throwable refused = catchThrowable(() -> c.updateTreatmentSummary(summary, "sam", NOW, TODAY));

        assertThat(fields(refused)).containsExactly("treatments[1].endedOn");
        assertThat(c.treatmentSummary()).isNull();
    }

    // --- helpers

    /** A case brought to the status the way the lifecycle allows, its events already taken. */
    static Case caseIn(CaseStatus status) {
        Patient patient = new Patient("Walter", "Hale", LocalDate.of(1951, 3, 14), null, null);
        Diagnosis diagnosis = new Diagnosis("Malignant pleural mesothelioma", "right pleura", "IV",
                LocalDate.of(2025, 6, 1));
        Case c = Case.open(patient, diagnosis, "sam", WORKER_SUB, "palliative-north", "sam", NOW, TODAY);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(CaseOpened.class);
        List<CaseStatus> path = switch (status) {
            case OPEN -> List.of();
            case ACTIVE -> List.of(CaseStatus.ACTIVE);
            case DECEASED -> List.of(CaseStatus.DECEASED);
            case BEREAVEMENT -> List.of(CaseStatus.DECEASED, CaseStatus.BEREAVEMENT);
            case CLOSED -> List.of(CaseStatus.DECEASED, CaseStatus.BEREAVEMENT, CaseStatus.CLOSED);
            case DISCHARGED -> List.of(CaseStatus.DISCHARGED);
            case TRANSFERRED -> List.of(CaseStatus.TRANSFERRED);
        };
        for (CaseStatus step : path) {
            if (step == CaseStatus.CLOSED) {
                // closed the way the rule allows after a death: every family member's plan has ended
                c.bereavementKnown(COVERED);
            }
            c.changeStatus(step, null, step == CaseStatus.DECEASED ? DIED : null, null, "sam", NOW, TODAY);
        }
        if (status == CaseStatus.BEREAVEMENT) {
            c.bereavementKnown(COVERED);
        }
        c.pullEvents();
        assertThat(c.status()).isEqualTo(status);
        return c;
    }

    private static List<FieldError> fieldsRefused(java.util.function.Consumer<Case> change) {
        Case c = caseIn(CaseStatus.OPEN);
        Throwable refused = catchThrowable(() -> change.accept(c));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.pullEvents()).isEmpty();
        return ((InvalidInputException) refused).errors();
    }

    private static List<String> fields(Throwable refused) {
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) refused).errors().stream().map(FieldError::field).toList();
    }

    private static TreatmentSummary summary(Treatment... treatments) {
        return new TreatmentSummary(List.of(treatments), List.of(), List.of(), null, "sam");
    }

    private static Treatment treatment(LocalDate startedOn, LocalDate endedOn) {
        return new Treatment(TreatmentKind.CHEMOTHERAPY, TreatmentStatus.COMPLETED, startedOn, endedOn, null);
    }

    private static CareLoopUser user(String subject, String role, String team) {
        return new CareLoopUser("https://issuer", subject, "someone", Set.of(role), team, null, null);
    }
}
