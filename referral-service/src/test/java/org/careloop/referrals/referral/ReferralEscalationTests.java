package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.careloop.referrals.directory.Category;
import org.careloop.referrals.referral.ReferralEvents.AnswerOverdue;
import org.junit.jupiter.api.Test;

/** A referral still unanswered past its answer time is escalated, once: {@link Referral#escalate}. */
class ReferralEscalationTests {

    private static final AnswerTimes TIMES = ReferralAnswerTimeTests.TIMES;
    private static final Instant SENT = Instant.parse("2026-03-03T14:30:00Z");

    @Test
    void anUnansweredReferralPastItsAnswerTimeIsEscalatedWithItsDueMoment() {
        Referral urgent = ReferralAnswerTimeTests.request(Priority.URGENT, false);
        urgent.pullEvents();
        Instant due = SENT.plus(Duration.ofHours(24));
        Instant later = due.plus(Duration.ofMinutes(3));

        urgent.escalate(later);

        assertThat(urgent.escalatedAt()).isEqualTo(later);
        assertThat(urgent.overdue(later)).isTrue();
        assertThat(urgent.pullEvents()).singleElement().isInstanceOfSatisfying(AnswerOverdue.class, overdue -> {
            assertThat(overdue.referralId()).isEqualTo(urgent.id());
            assertThat(overdue.caseId()).isEqualTo(urgent.caseId());
            assertThat(overdue.organizationId()).isEqualTo(urgent.organizationId());
            assertThat(overdue.category()).isEqualTo(Category.HOSPICE);
            assertThat(overdue.priority()).isEqualTo(Priority.URGENT);
            assertThat(overdue.requestedAt()).isEqualTo(SENT);
            assertThat(overdue.answerDueAt()).isEqualTo(due);
            assertThat(overdue.requestedBy()).isEqualTo("sam");
            assertThat(overdue.requestedBySub()).isEqualTo("sam-sub");
            assertThat(overdue.team()).isEqualTo("palliative-north");
            assertThat(overdue.escalatedAt()).isEqualTo(later);
        });
    }

    @Test
    void aDraftSentLaterIsEscalatedFromTheMomentItWasSent() {
        Referral draft = ReferralAnswerTimeTests.request(Priority.STAT, true);
        Instant sentAt = SENT.plus(Duration.ofDays(1));
        draft.changeStatus(ReferralStatus.REQUESTED, null, null, Side.REQUESTER, "sam", "social-worker", sentAt,
                TIMES);
        draft.pullEvents();

        draft.escalate(sentAt.plus(Duration.ofHours(2)));

        assertThat(draft.pullEvents()).singleElement().isInstanceOfSatisfying(AnswerOverdue.class, overdue -> {
            assertThat(overdue.requestedAt()).isEqualTo(sentAt);
            assertThat(overdue.answerDueAt()).isEqualTo(sentAt.plus(Duration.ofHours(1)));
        });
    }

    @Test
    void onlyOnceAndOnlyWhenOverdue() {
        Referral urgent = ReferralAnswerTimeTests.request(Priority.URGENT, false);
        Instant due = SENT.plus(Duration.ofHours(24));

        assertThatThrownBy(() -> urgent.escalate(due.minusSeconds(1))).isInstanceOf(IllegalStateException.class);
        urgent.escalate(due);
        assertThatThrownBy(() -> urgent.escalate(due.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(urgent.escalatedAt()).isEqualTo(due);

        Referral answered = ReferralAnswerTimeTests.request(Priority.URGENT, false);
        answered.changeStatus(ReferralStatus.ACCEPTED, null, null, Side.RECEIVER, "hana", "hospice-staff",
                due.plusSeconds(1), TIMES);
        answered.pullEvents();
        assertThatThrownBy(() -> answered.escalate(due.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(answered.escalatedAt()).isNull();
        assertThat(answered.pullEvents()).isEmpty();
    }
}
