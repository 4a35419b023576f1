package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.directory.Category;
import org.careloop.referrals.referral.ReferralEvents.ReferralRequested;
import org.careloop.referrals.referral.ReferralEvents.ReferralStatusChanged;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.careloop.support.problems.NotPermittedException;
import org.junit.jupiter.api.Test;

/** Which end of the loop may set what, from which status, with what: {@link Referral#changeStatus}. */
class ReferralStatusChangeTests {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final AnswerTimes TIMES = ReferralAnswerTimeTests.TIMES;
    private static final Instant NOW = Instant.parse("2026-03-03T14:30:00Z");

    @Test
    void theRequesterSetsDraftRequestedCancelledAndEnteredInErrorAndTheReceiverTheRest() {
        List<ReferralStatus> byRequester = new ArrayList<>();
        List<ReferralStatus> byReceiver = new ArrayList<>();
        for (ReferralStatus status : ReferralStatus.values()) {
            (status.setBy() == Side.REQUESTER ? byRequester : byReceiver).add(status);
        }

        assertThat(byRequester).containsExactly(ReferralStatus.DRAFT, ReferralStatus.REQUESTED,
                ReferralStatus.CANCELLED, ReferralStatus.ENTERED_IN_ERROR);
        assertThat(byReceiver).containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.FAILED, ReferralStatus.COMPLETED);
    }

    @Test
    void theOtherSidesStatusIsNotPermittedEvenWhereTheLifecycleAllowsIt() {
        Referral requested = referralIn(ReferralStatus.REQUESTED);

        assertThatThrownBy(() -> change(requested, ReferralStatus.ACCEPTED, Side.REQUESTER))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the receiving organization can set a referral to accepted.");
        assertThatThrownBy(() -> change(requested, ReferralStatus.CANCELLED, Side.RECEIVER))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the requester can set a referral to cancelled.");
        assertThat(requested.status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    @Test
    void whoMaySetAStatusIsCheckedBeforeWhereTheLifecycleGoes() {
        Referral draft = referralIn(ReferralStatus.DRAFT);

        // completed is out of reach from a draft, but the requester is refused for the side first
        assertThatThrownBy(() -> draft.changeStatus(ReferralStatus.COMPLETED, null, Outcome.GOT_HELP, Side.REQUESTER,
                "sam", "social-worker", NOW, TIMES)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void followsTheSdohClinicalCareLifecycle() {
        assertThat(ReferralStatus.DRAFT.next()).containsExactly(ReferralStatus.REQUESTED, ReferralStatus.CANCELLED,
                ReferralStatus.ENTERED_IN_ERROR);
        assertThat(ReferralStatus.REQUESTED.next()).containsExactly(ReferralStatus.ACCEPTED,
                ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.ENTERED_IN_ERROR);
        assertThat(ReferralStatus.ACCEPTED.next()).containsExactly(ReferralStatus.CANCELLED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.FAILED, ReferralStatus.COMPLETED,
                ReferralStatus.ENTERED_IN_ERROR);
        assertThat(ReferralStatus.IN_PROGRESS.next()).containsExactly(ReferralStatus.CANCELLED,
                ReferralStatus.ON_HOLD, ReferralStatus.FAILED, ReferralStatus.COMPLETED,
                ReferralStatus.ENTERED_IN_ERROR);
        assertThat(ReferralStatus.ON_HOLD.next()).containsExactly(ReferralStatus.CANCELLED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.FAILED, ReferralStatus.COMPLETED,
                ReferralStatus.ENTERED_IN_ERROR);
        for (ReferralStatus closed : List.of(ReferralStatus.REJECTED, ReferralStatus.CANCELLED,
                ReferralStatus.FAILED, ReferralStatus.COMPLETED)) {
            assertThat(closed.next()).as(closed.code()).containsExactly(ReferralStatus.ENTERED_IN_ERROR);
        }
    }

    @Test
    void aMoveTheLifecycleForbidsIsAConflictAndChangesNothing() {
        Referral requested = referralIn(ReferralStatus.REQUESTED);

        assertThatThrownBy(() -> change(requested, ReferralStatus.COMPLETED, Side.RECEIVER))
                .isInstanceOf(ForbiddenReferralTransitionException.class)
                .hasMessageContaining("requested cannot become completed");
        assertThat(requested.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(requested.history()).hasSize(1);
        assertThat(requested.pullEvents()).isEmpty();
    }

    @Test
    void aReasonIsNeededToRejectCancelHoldOrFail() {
        assertThat(fieldsRefused(ReferralStatus.REQUESTED, ReferralStatus.REJECTED, Side.RECEIVER, null, null))
                .containsExactly("reason");
        assertThat(fieldsRefused(ReferralStatus.REQUESTED, ReferralStatus.CANCELLED, Side.REQUESTER, " ", null))
                .containsExactly("reason");
        assertThat(fieldsRefused(ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD, Side.RECEIVER, "", null))
                .containsExactly("reason");
        assertThat(fieldsRefused(ReferralStatus.IN_PROGRESS, ReferralStatus.FAILED, Side.RECEIVER, null, null))
                .containsExactly("reason");
        assertThat(fieldsRefused(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, Side.RECEIVER, null, null))
                .isEmpty();
    }

    @Test
    void completionNeedsAnOutcomeAndNothingElseRecordsOne() {
        assertThat(fieldsRefused(ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, Side.RECEIVER, null, null))
                .containsExactly("outcome");
        assertThat(fieldsRefused(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, Side.RECEIVER, null,
                Outcome.GOT_HELP)).containsExactly("outcome");
        // every field at fault is named at once (got-help: a rejection may carry an outcome, but not that one)
        assertThat(fieldsRefused(ReferralStatus.REQUESTED, ReferralStatus.REJECTED, Side.RECEIVER, null,
                Outcome.GOT_HELP)).containsExactly("reason", "outcome");

        Referral accepted = referralIn(ReferralStatus.ACCEPTED);
        accepted.changeStatus(ReferralStatus.COMPLETED, null, Outcome.NO_CAPACITY, Side.RECEIVER, "hana",
                "hospice-staff", NOW, TIMES);
        assertThat(accepted.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(accepted.outcome()).isEqualTo(Outcome.NO_CAPACITY);
        assertThat(accepted.history().getLast().outcome()).isEqualTo(Outcome.NO_CAPACITY);
    }

    @Test
    void rejectedAndFailedMayCarryAnOutcomeButNotGotHelp() {
        for (ReferralStatus[] move : new ReferralStatus[][] { { ReferralStatus.REQUESTED, ReferralStatus.REJECTED },
                { ReferralStatus.IN_PROGRESS, ReferralStatus.FAILED } }) {
            for (Outcome outcome : Outcome.values()) {
                List<String> refused = fieldsRefused(move[0], move[1], Side.RECEIVER, "a reason", outcome);
                assertThat(refused).as(move[1] + " " + outcome)
                        .isEqualTo(outcome == Outcome.GOT_HELP ? List.of("outcome") : List.of());
            }
            assertThat(fieldsRefused(move[0], move[1], Side.RECEIVER, "a reason", null)).isEmpty();
        }
        Referral requested = referralIn(ReferralStatus.REQUESTED);
        requested.changeStatus(ReferralStatus.REJECTED, "no nurse in the area", Outcome.NO_CAPACITY, Side.RECEIVER,
                "hana", "hospice-staff", NOW, TIMES);
        assertThat(requested.outcome()).isEqualTo(Outcome.NO_CAPACITY);
        assertThat(requested.history().getLast().outcome()).isEqualTo(Outcome.NO_CAPACITY);
        assertThat(ReferralStatus.REJECTED.outcomes()).containsExactly(Outcome.NOT_ELIGIBLE, Outcome.NO_CAPACITY,
                Outcome.COULD_NOT_CONTACT, Outcome.NO_LONGER_INTERESTED, Outcome.REFERRED_ELSEWHERE);
        assertThat(ReferralStatus.COMPLETED.outcomes()).containsExactly(Outcome.values());
        assertThat(ReferralStatus.ACCEPTED.outcomes()).isEmpty();
        assertThat(Outcome.COULD_NOT_CONTACT.code()).isEqualTo("could-not-contact");
    }

    @Test
    void theRequesterMarksAnyReferralAsEnteredInErrorAndNothingLeavesIt() {
        for (ReferralStatus from : ReferralStatus.values()) {
            if (from == ReferralStatus.ENTERED_IN_ERROR) {
                continue;
            }
            Referral referral = referralIn(from);
            assertThatThrownBy(() -> change(referral, ReferralStatus.ENTERED_IN_ERROR, Side.RECEIVER))
                    .as(from.code()).isInstanceOf(NotPermittedException.class);

            referral.changeStatus(ReferralStatus.ENTERED_IN_ERROR, null, null, Side.REQUESTER, "sam",
                    "social-worker", NOW, TIMES);

            assertThat(referral.status()).as(from.code()).isEqualTo(ReferralStatus.ENTERED_IN_ERROR);
        }
        for (ReferralStatus to : ReferralStatus.values()) {
            Referral mistake = referralIn(ReferralStatus.ENTERED_IN_ERROR);
            assertThat(catchThrowable(() -> change(mistake, to, to.setBy()))).as(to.code())
                    .isInstanceOf(ForbiddenReferralTransitionException.class);
        }
    }

    @Test
    void aChangeIsKeptInTheHistoryAndToldAsAnEvent() {
        Referral requested = referralIn(ReferralStatus.REQUESTED);

        requested.changeStatus(ReferralStatus.REJECTED, "outside our area", null, Side.RECEIVER, "hana",
                "hospice-staff", NOW, TIMES);

        assertThat(requested.history()).hasSize(2);
        assertThat(requested.history().getLast()).isEqualTo(new StatusChange(ReferralStatus.REJECTED, "hana",
                "hospice-staff", NOW, "outside our area", null));
        assertThat(requested.updatedAt()).isEqualTo(NOW);
        List<Object> events = requested.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(ReferralStatusChanged.class, changed -> {
            assertThat(changed.previousStatus()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(changed.status()).isEqualTo(ReferralStatus.REJECTED);
            assertThat(changed.changedBy()).isEqualTo("hana");
            assertThat(changed.requestedBySub()).isEqualTo("sam-sub");
        });
        assertThat(requested.pullEvents()).isEmpty();
    }

    @Test
    void aDraftSentIsAReferralRequested() {
        Referral draft = referralIn(ReferralStatus.DRAFT);

        draft.changeStatus(ReferralStatus.REQUESTED, null, null, Side.REQUESTER, "sam", "social-worker", NOW, TIMES);

        assertThat(draft.pullEvents()).singleElement().isInstanceOf(ReferralRequested.class);
    }

    @Test
    void allowedTransitionsAreExactlyTheChangesChangeStatusAccepts() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (Side side : Side.values()) {
                List<ReferralStatus> allowed = referralIn(from).allowedTransitions(side);
                for (ReferralStatus to : ReferralStatus.values()) {
                    Referral referral = referralIn(from);
                    String reason = to.requires().contains(Requirement.REASON) ? "a reason" : null;
                    Outcome outcome = to.requires().contains(Requirement.OUTCOME) ? Outcome.GOT_HELP : null;

                    Throwable refused = catchThrowable(() -> referral.changeStatus(to, reason, outcome, side, "someone",
                            "a role", NOW, TIMES));

                    String move = side + ": " + from.code() + " -> " + to.code();
                    if (allowed.contains(to)) {
                        assertThat(refused).as(move).isNull();
                        assertThat(referral.status()).as(move).isEqualTo(to);
                    } else {
                        assertThat(refused).as(move).isInstanceOfAny(NotPermittedException.class,
                                ForbiddenReferralTransitionException.class);
                        assertThat(referral.status()).as(move).isEqualTo(from);
                        assertThat(referral.history()).as(move).hasSize(1);
                    }
                }
                for (ReferralStatus to : allowed) {
                    // the outcomes offered for a status are exactly those changeStatus takes, and only those
                    String reason = to.requires().contains(Requirement.REASON) ? "a reason" : null;
                    for (Outcome outcome : Outcome.values()) {
                        Referral referral = referralIn(from);
                        Throwable refused = catchThrowable(() -> referral.changeStatus(to, reason, outcome, side,
                                "someone", "a role", NOW, TIMES));
                        String move = side + ": " + from.code() + " -> " + to.code() + " with " + outcome;
                        if (to.outcomes().contains(outcome)) {
                            assertThat(refused).as(move).isNull();
                            assertThat(referral.outcome()).as(move).isEqualTo(outcome);
                        } else {
                            assertThat(refused).as(move).isInstanceOf(InvalidInputException.class);
                        }
                    }
                }
            }
        }
    }

    @Test
    void whatAnAllowedTransitionRequiresIsExactlyWhatChangeStatusAsksFor() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (Side side : Side.values()) {
                for (ReferralStatus to : referralIn(from).allowedTransitions(side)) {
                    List<String> asked = fieldsRefused(from, to, side, null, null);
                    List<String> required = to.requires().stream().map(Requirement::code).toList();
                    assertThat(asked).as(side + ": " + from.code() + " -> " + to.code())
                            .containsExactlyElementsOf(required);
                }
            }
        }
    }

    @Test
    void eachEndIsOfferedItsOwnNextSteps() {
        assertThat(referralIn(ReferralStatus.REQUESTED).allowedTransitions(Side.RECEIVER))
                .containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED);
        assertThat(referralIn(ReferralStatus.REQUESTED).allowedTransitions(Side.REQUESTER))
                .containsExactly(ReferralStatus.CANCELLED, ReferralStatus.ENTERED_IN_ERROR);
        assertThat(referralIn(ReferralStatus.ACCEPTED).allowedTransitions(Side.RECEIVER))
                .containsExactly(ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.FAILED,
                        ReferralStatus.COMPLETED);
        assertThat(referralIn(ReferralStatus.COMPLETED).allowedTransitions(Side.RECEIVER)).isEmpty();
        assertThat(referralIn(ReferralStatus.ENTERED_IN_ERROR).allowedTransitions(Side.REQUESTER)).isEmpty();
        assertThat(ReferralStatus.ACCEPTED.requires()).isEmpty();
        assertThat(ReferralStatus.REJECTED.requires()).containsExactly(Requirement.REASON);
        assertThat(ReferralStatus.COMPLETED.requires()).containsExactly(Requirement.OUTCOME);
    }

    /** The fields a change names as missing or out of place; empty when it is accepted. */
    private static List<String> fieldsRefused(ReferralStatus from, ReferralStatus to, Side side, String reason,
            Outcome outcome) {
        Referral referral = referralIn(from);
        Throwable refused = catchThrowable(() -> referral.changeStatus(to, reason, outcome, side, "someone",
                "a role", NOW, TIMES));
        if (refused == null) {
            return List.of();
        }
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(referral.status()).isEqualTo(from);
        return ((InvalidInputException) refused).errors().stream().map(FieldError::field).toList();
    }

    private static void change(Referral referral, ReferralStatus to, Side side) {
        referral.changeStatus(to, "a reason", to == ReferralStatus.COMPLETED ? Outcome.GOT_HELP : null, side,
                "someone", "a role", NOW, TIMES);
    }

    /** A referral of Sunrise Hospice's home hospice care, as it is stored in the status. */
    static Referral referralIn(ReferralStatus status) {
        return new Referral(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Category.HOSPICE, null, "Wishes to die at home", Priority.URGENT, status,
                status == ReferralStatus.COMPLETED ? Outcome.GOT_HELP : null, "sam", "sam-sub", "palliative-north",
                new Consent("the patient", LocalDate.parse("2026-03-01"), "sam"), CREATED, CREATED, 0,
                List.of(new StatusChange(status, "sam", "social-worker", CREATED, null, null)));
    }
}
