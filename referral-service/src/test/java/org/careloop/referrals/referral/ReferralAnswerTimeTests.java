package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.directory.Capacity;
import org.careloop.referrals.directory.Category;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.referrals.directory.DirectoryService.OrganizationSummary;
import org.careloop.referrals.directory.ServiceStatus;
import org.junit.jupiter.api.Test;

/**
 * Each priority has an answer time: a referral is due an answer that long after it became {@code requested}, and is
 * overdue while it is still {@code requested} past that moment.
 */
class ReferralAnswerTimeTests {

    static final AnswerTimes TIMES = new AnswerTimes(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24),
            Duration.ofDays(3));
    private static final Instant NOW = Instant.parse("2026-03-03T14:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-03");

    @Test
    void eachPriorityHasItsAnswerTime() {
        assertThat(TIMES.of(Priority.STAT)).isEqualTo(Duration.ofHours(1));
        assertThat(TIMES.of(Priority.ASAP)).isEqualTo(Duration.ofHours(4));
        assertThat(TIMES.of(Priority.URGENT)).isEqualTo(Duration.ofHours(24));
        assertThat(TIMES.of(Priority.ROUTINE)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void anAnswerTimeIsLongerThanNothing() {
        assertThatThrownBy(() -> new AnswerTimes(Duration.ZERO, Duration.ofHours(4), Duration.ofHours(24),
                Duration.ofDays(3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stat");
        assertThatThrownBy(() -> new AnswerTimes(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(-1),
                Duration.ofDays(3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urgent");
        assertThatThrownBy(() -> new AnswerTimes(Duration.ofHours(1), null, Duration.ofHours(24),
                Duration.ofDays(3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asap");
    }

    @Test
    void aReferralSentIsDueItsAnswerThePrioritysTimeAfterItIsSent() {
        for (Priority priority : Priority.values()) {
            Referral sent = request(priority, false);

            assertThat(sent.answerDueAt()).as(priority.code()).isEqualTo(NOW.plus(TIMES.of(priority)));
            assertThat(sent.escalatedAt()).isNull();
        }
    }

    @Test
    void aDraftIsDueNothingUntilItIsSentAndThenFromTheMomentItIsSent() {
        Referral draft = request(Priority.STAT, true);
        assertThat(draft.answerDueAt()).isNull();
        assertThat(draft.overdue(NOW.plus(Duration.ofDays(30)))).isFalse();

        Instant sentAt = NOW.plus(Duration.ofDays(2));
        draft.changeStatus(ReferralStatus.REQUESTED, null, null, Side.REQUESTER, "sam", "social-worker", sentAt,
                TIMES);

        assertThat(draft.answerDueAt()).isEqualTo(sentAt.plus(Duration.ofHours(1)));
    }

    @Test
    void aReferralIsOverdueOnlyWhileStillRequestedFromItsDueMomentOn() {
        Referral urgent = request(Priority.URGENT, false);
        Instant due = NOW.plus(Duration.ofHours(24));

        assertThat(urgent.overdue(due.minusMillis(1))).isFalse();
        assertThat(urgent.overdue(due)).isTrue();
        assertThat(urgent.overdue(due.plus(Duration.ofDays(5)))).isTrue();

        urgent.changeStatus(ReferralStatus.ACCEPTED, null, null, Side.RECEIVER, "hana", "hospice-staff",
                due.plusSeconds(60), TIMES);

        assertThat(urgent.overdue(due.plus(Duration.ofDays(5)))).isFalse();
        assertThat(urgent.answerDueAt()).isEqualTo(due);
    }

    @Test
    void anAnswerNoLongerMovesTheDueMoment() {
        Referral rejected = request(Priority.ASAP, false);
        Instant due = rejected.answerDueAt();

        rejected.changeStatus(ReferralStatus.REJECTED, "outside our area", null, Side.RECEIVER, "hana",
                "hospice-staff", NOW.plusSeconds(60), TIMES);

        assertThat(rejected.answerDueAt()).isEqualTo(due);
        assertThat(rejected.overdue(due.plusSeconds(1))).isFalse();
    }

    static Referral request(Priority priority, boolean draft) {
        CaseView caseView = new CaseView(UUID.randomUUID(), "sam", "sam-sub", "palliative-north", "ACTIVE", null);
        DirectoryService service = new DirectoryService(UUID.randomUUID(),
                new OrganizationSummary(UUID.randomUUID(), "Sunrise Hospice"), "Home hospice care", null,
                Category.HOSPICE, null, null, null, null, ServiceStatus.ACTIVE, Capacity.CAPACITY);
        NewReferral request = new NewReferral(caseView.caseId(), service.id(), null, "Night support at home",
                priority, draft, new NewReferral.ConsentGiven(true, "the patient", TODAY));
        return Referral.request(request, caseView, service, "sam", "sam-sub", "social-worker", NOW, TODAY, TIMES);
    }
}
