package org.careloop.notifications.bereavement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.notifications.bereavement.BereavementPlan.PlanStatus;
import org.careloop.notifications.bereavement.BereavementTemplate.Risk;
import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.notifications.bereavement.FollowUp.Status;
import org.careloop.notifications.bereavement.PlanEvents.PlanActivated;
import org.careloop.notifications.bereavement.PlanEvents.PlanEnded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BereavementPlanTests {

    static final LocalDate DIED = LocalDate.of(2026, 1, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 2, 4);
    static final Instant NOW = Instant.parse("2026-02-04T10:15:00Z");

    final BereavementTemplate template = new BereavementTemplate(null, null, null, null);
    BereavementPlan plan;

    @BeforeEach
    void activate() {
        plan = BereavementPlan.activate(UUID.randomUUID(), UUID.randomUUID(), "spouse", Risk.HIGH, DIED, template,
                Instant.parse("2026-02-01T08:00:00Z"));
    }

    @Test
    void anActivatedPlanHasTheScheduleOfItsRiskAllPendingAndAnnouncesItself() {
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.followUps()).extracting(FollowUp::seq).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.followUps()).extracting(FollowUp::status).containsOnly(Status.PENDING);
        assertThat(plan.followUps()).extracting(FollowUp::dueOn).containsExactlyElementsOf(
                template.schedule(Risk.HIGH, DIED).stream().map(BereavementTemplate.Scheduled::dueOn).toList());
        assertThat(plan.pullEvents()).singleElement().isInstanceOfSatisfying(PlanActivated.class, activated -> {
            assertThat(activated.planId()).isEqualTo(plan.id());
            assertThat(activated.followUps()).isEqualTo(6);
        });
    }

    @Test
    void aCompletedFollowUpIsDoneWithItsNoteAndWhoRecordedItAndThePlanGoesOn() {
        plan.pullEvents();
        FollowUp first = followUp(FollowUpKind.FIRST_CONTACT);

        FollowUp done = record(first, Outcome.COMPLETED, "called at home");

        assertThat(done.id()).isEqualTo(first.id());
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(done.note()).isEqualTo("called at home");
        assertThat(done.recordedBy()).isEqualTo("sam");
        assertThat(done.recordedAt()).isEqualTo(NOW);
        assertThat(done.dueOn()).as("its date stays what it was").isEqualTo(first.dueOn());
        assertThat(followUp(FollowUpKind.FIRST_CONTACT)).isEqualTo(done);
        assertThat(plan.followUps()).hasSize(6);
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.pullEvents()).isEmpty();
    }

    @Test
    void aSkippedFollowUpIsDoneAndNothingIsAdded() {
        FollowUp done = record(followUp(FollowUpKind.THREE_MONTHS), Outcome.SKIPPED, null);

        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(done.note()).as("no note is kept as none").isNull();
        assertThat(plan.followUps()).hasSize(6);
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void noAnswerAddsARetryAndNoAnswerToTheRetryALetter() {
        FollowUp first = record(followUp(FollowUpKind.FIRST_CONTACT), Outcome.NO_ANSWER, "no one home");

        assertThat(first.status()).isEqualTo(Status.DONE);
        assertThat(first.note()).isEqualTo("no one home");
        FollowUp retry = followUp(FollowUpKind.RETRY);
        assertThat(retry.dueOn()).as("three days after the day it was recorded").isEqualTo(TODAY.plusDays(3));
        assertThat(retry.seq()).isEqualTo(7);
        assertThat(retry.status()).isEqualTo(Status.PENDING);
        assertThat(retry.note()).isNull();

        record(retry, Outcome.NO_ANSWER, null);

        FollowUp letter = followUp(FollowUpKind.LETTER);
        assertThat(letter.dueOn()).as("the next day").isEqualTo(TODAY.plusDays(1));
        assertThat(letter.seq()).isEqualTo(8);
        assertThat(letter.status()).isEqualTo(Status.PENDING);
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void noAnswerToTheLetterClosesThatStepAndThePlanGoesOnWithoutAnotherRetry() {
        record(followUp(FollowUpKind.FIRST_CONTACT), Outcome.NO_ANSWER, null);
        record(followUp(FollowUpKind.RETRY), Outcome.NO_ANSWER, null);
        FollowUp letter = followUp(FollowUpKind.LETTER);

        FollowUp done = record(letter, Outcome.NO_ANSWER, "no reply to the letter");

        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(plan.followUps()).as("the six steps, one retry, one letter: nothing added")
                .hasSize(8)
                .filteredOn(f -> f.status() == Status.PENDING)
                .extracting(FollowUp::kind)
                .containsExactly(FollowUpKind.THREE_MONTHS, FollowUpKind.SIX_MONTHS, FollowUpKind.NINE_MONTHS,
                        FollowUpKind.ANNIVERSARY, FollowUpKind.CLOSING);
        assertThat(plan.status()).as("the next step of the schedule still comes").isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void noAnswerToTheLetterForTheLastStepCompletesThePlan() {
        plan.pullEvents();
        List<FollowUp> all = plan.followUps();
        for (FollowUp followUp : all.subList(0, all.size() - 1)) {
            record(followUp, Outcome.COMPLETED, null);
        }
        record(all.getLast(), Outcome.NO_ANSWER, null);
        record(followUp(FollowUpKind.RETRY), Outcome.NO_ANSWER, null);

        record(followUp(FollowUpKind.LETTER), Outcome.NO_ANSWER, null);

        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.followUps()).hasSize(8).extracting(FollowUp::status).containsOnly(Status.DONE);
        assertThat(plan.pullEvents()).singleElement().isInstanceOfSatisfying(PlanEnded.class,
                ended -> assertThat(ended.outcome()).isEqualTo("completed"));
    }

    @Test
    void declinedEndsThePlanAndCancelsWhatWasStillPending() {
        plan.pullEvents();
        record(followUp(FollowUpKind.FIRST_CONTACT), Outcome.COMPLETED, null);

        FollowUp declined = record(followUp(FollowUpKind.THREE_MONTHS), Outcome.DECLINED, "wants no more calls");

        assertThat(declined.status()).isEqualTo(Status.DONE);
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(declined.note()).isEqualTo("wants no more calls");
        assertThat(plan.status()).isEqualTo(PlanStatus.DECLINED);
        assertThat(plan.endedAt()).isEqualTo(NOW);
        assertThat(plan.followUps()).extracting(FollowUp::status).containsExactly(Status.DONE, Status.DONE,
                Status.CANCELLED, Status.CANCELLED, Status.CANCELLED, Status.CANCELLED);
        assertThat(plan.pullEvents()).singleElement().isInstanceOfSatisfying(PlanEnded.class,
                ended -> assertThat(ended.outcome()).isEqualTo("declined"));
    }

    @Test
    void recordingTheLastPendingFollowUpCompletesThePlan() {
        plan.pullEvents();
        List<FollowUp> all = plan.followUps();
        for (FollowUp followUp : all.subList(0, all.size() - 1)) {
            record(followUp, Outcome.COMPLETED, null);
            assertThat(plan.status()).as("while something is pending").isEqualTo(PlanStatus.ACTIVE);
        }
        assertThat(plan.pullEvents()).isEmpty();

        record(all.getLast(), Outcome.SKIPPED, null);

        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.endedAt()).isEqualTo(NOW);
        assertThat(plan.followUps()).extracting(FollowUp::status).containsOnly(Status.DONE);
        assertThat(plan.pullEvents()).singleElement().isInstanceOfSatisfying(PlanEnded.class, ended -> {
            assertThat(ended.planId()).isEqualTo(plan.id());
            assertThat(ended.outcome()).isEqualTo("completed");
        });
    }

    @Test
    void noAnswerToTheLastFollowUpKeepsThePlanOpenForTheRetry() {
        List<FollowUp> all = plan.followUps();
        for (FollowUp followUp : all.subList(0, all.size() - 1)) {
            record(followUp, Outcome.COMPLETED, null);
        }

        record(all.getLast(), Outcome.NO_ANSWER, null);

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(followUp(FollowUpKind.RETRY).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void aFollowUpWithAnOutcomeIsClosed() {
        FollowUp first = record(followUp(FollowUpKind.FIRST_CONTACT), Outcome.COMPLETED, "first");

        assertThatThrownBy(() -> record(first, Outcome.SKIPPED, "again")).isInstanceOf(FollowUpClosedException.class);
        assertThat(followUp(FollowUpKind.FIRST_CONTACT)).isEqualTo(first);
    }

    @Test
    void nothingIsRecordedOnAPlanThatHasEnded() {
        plan.cancel(NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.CANCELLED);
        FollowUp first = followUp(FollowUpKind.FIRST_CONTACT);

        assertThatThrownBy(() -> record(first, Outcome.COMPLETED, null)).isInstanceOf(FollowUpClosedException.class);
        assertThat(plan.followUps()).extracting(FollowUp::status).containsOnly(Status.CANCELLED);
    }

    @Test
    void aFollowUpOfAnotherPlanIsNotFound() {
        assertThatThrownBy(() -> plan.recordOutcome(UUID.randomUUID(), Outcome.COMPLETED, null, "sam", TODAY,
                template, NOW)).isInstanceOf(PlanNotFoundException.class);
        assertThat(plan.followUps()).extracting(FollowUp::status).containsOnly(Status.PENDING);
    }

    @Test
    void aCorrectedDateOfDeathMovesOnlyThePendingFollowUpsOfTheSchedule() {
        FollowUp first = record(followUp(FollowUpKind.FIRST_CONTACT), Outcome.NO_ANSWER, null);
        FollowUp retry = followUp(FollowUpKind.RETRY);
        LocalDate corrected = DIED.minusDays(1);

        plan.reschedule(corrected, template);

        assertThat(plan.dateOfDeath()).isEqualTo(corrected);
        assertThat(followUp(FollowUpKind.FIRST_CONTACT)).as("done: stays").isEqualTo(first);
        assertThat(followUp(FollowUpKind.RETRY)).as("counted from the answer, not the death").isEqualTo(retry);
        assertThat(followUp(FollowUpKind.SIX_MONTHS).dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(followUp(FollowUpKind.ANNIVERSARY).dueOn()).isEqualTo(LocalDate.of(2027, 1, 16));
    }

    @Test
    void aFollowUpWhoseDateMovesIsRemindedAgainAtItsNewDate() {
        Instant reminded = Instant.parse("2026-02-03T07:00:00Z");
        plan = new BereavementPlan(plan.id(), plan.caseId(), plan.familyMemberId(), plan.relationship(), plan.risk(),
                plan.status(), plan.dateOfDeath(), plan.activatedAt(), null,
                plan.followUps().stream().map(f -> new FollowUp(f.id(), f.seq(), f.kind(), f.dueOn(), f.status(),
                        null, null, null, null, reminded)).toList(), 0);

        plan.reschedule(DIED.plusDays(10), template);

        assertThat(plan.followUps()).as("every date moved, so every reminder is due again")
                .extracting(FollowUp::remindedAt).containsOnlyNulls();
    }

    @Test
    void aFollowUpWhoseDateDoesNotMoveKeepsItsReminder() {
        Instant reminded = Instant.parse("2026-02-03T07:00:00Z");
        plan = new BereavementPlan(plan.id(), plan.caseId(), plan.familyMemberId(), plan.relationship(), plan.risk(),
                plan.status(), plan.dateOfDeath(), plan.activatedAt(), null,
                plan.followUps().stream().map(f -> new FollowUp(f.id(), f.seq(), f.kind(), f.dueOn(), f.status(),
                        null, null, null, null, reminded)).toList(), 0);

        plan.reschedule(DIED, template);

        assertThat(plan.followUps()).extracting(FollowUp::remindedAt).containsOnly(reminded);
    }

    @Test
    void aPlanThatHasEndedIsNotRescheduled() {
        plan.cancel(NOW);
        List<FollowUp> before = plan.followUps();

        plan.reschedule(DIED.minusDays(1), template);

        assertThat(plan.dateOfDeath()).isEqualTo(DIED);
        assertThat(plan.followUps()).isEqualTo(before);
    }

    private FollowUp record(FollowUp followUp, Outcome outcome, String note) {
        return plan.recordOutcome(followUp.id(), outcome, note, "sam", TODAY, template, NOW);
    }

    private FollowUp followUp(FollowUpKind kind) {
        return plan.followUps().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
