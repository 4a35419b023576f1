package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.careloop.referrals.referral.ReferralEvents.MessagePosted;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** What a message on a referral may say, and on which referral: {@link Message#post}. */
class MessageTests {

    private static final Instant NOW = Instant.parse("2026-03-03T14:30:00Z");

    @Test
    void aMessageIsTheTextStrippedWithWhoWroteItFromWhichEnd() {
        Referral referral = ReferralStatusChangeTests.referralIn(ReferralStatus.REQUESTED);

        Message message = Message.post(referral, "  Can you visit Thursday?\n", Side.REQUESTER, "sam", "sam-sub",
                "social-worker", NOW);

        assertThat(message.referralId()).isEqualTo(referral.id());
        assertThat(message.text()).isEqualTo("Can you visit Thursday?");
        assertThat(message.by()).isEqualTo("sam");
        assertThat(message.bySub()).isEqualTo("sam-sub");
        assertThat(message.role()).isEqualTo("social-worker");
        assertThat(message.side()).isEqualTo(Side.REQUESTER);
        assertThat(message.postedAt()).isEqualTo(NOW);
    }

    @Test
    void aPostedMessageIsAnnouncedWithoutItsText() {
        Referral referral = ReferralStatusChangeTests.referralIn(ReferralStatus.ACCEPTED);

        Message message = Message.post(referral, "Yes, 10:00", Side.RECEIVER, "hana", "hana-sub", "hospice-staff",
                NOW);

        assertThat(message.pullEvents()).singleElement().isInstanceOfSatisfying(MessagePosted.class, posted -> {
            assertThat(posted.messageId()).isEqualTo(message.id());
            assertThat(posted.referralId()).isEqualTo(referral.id());
            assertThat(posted.caseId()).isEqualTo(referral.caseId());
            assertThat(posted.organizationId()).isEqualTo(referral.organizationId());
            assertThat(posted.postedBySide()).isEqualTo(Side.RECEIVER);
            assertThat(posted.postedBy()).isEqualTo("hana");
            assertThat(posted.postedByRole()).isEqualTo("hospice-staff");
            assertThat(posted.requestedBy()).isEqualTo("sam");
            assertThat(posted.requestedBySub()).isEqualTo("sam-sub");
            assertThat(posted.team()).isEqualTo("palliative-north");
            assertThat(posted.postedAt()).isEqualTo(NOW);
            assertThat(posted.toString()).doesNotContain("10:00");
        });
        assertThat(message.pullEvents()).isEmpty();
    }

    @Test
    void aMessageIsRequiredAndAtMost4000Characters() {
        Referral referral = ReferralStatusChangeTests.referralIn(ReferralStatus.REQUESTED);

        assertThat(refused(referral, null)).isEqualTo("is required");
        assertThat(refused(referral, "")).isEqualTo("is required");
        assertThat(refused(referral, " \n\t ")).isEqualTo("is required");
        assertThat(refused(referral, "x".repeat(4001))).isEqualTo("must be at most 4000 characters");
        assertThat(Message.post(referral, "  " + "x".repeat(4000) + "\n", Side.REQUESTER, "sam", "sam-sub",
                "social-worker", NOW).text()).hasSize(4000);
        // characters as people count them: an emoji is one, though Java stores it as two
        assertThat(Message.post(referral, "🙏".repeat(4000), Side.REQUESTER, "sam", "sam-sub", "social-worker",
                NOW).text()).hasSize(8000);
        assertThat(refused(referral, "🙏".repeat(4001))).isEqualTo("must be at most 4000 characters");
    }

    @Test
    void aDraftIsNotSentSoNobodyTalksOnIt() {
        Referral draft = ReferralStatusChangeTests.referralIn(ReferralStatus.DRAFT);

        assertThatThrownBy(() -> Message.post(draft, "Can you visit Thursday?", Side.REQUESTER, "sam", "sam-sub",
                "social-worker", NOW)).isInstanceOf(ReferralNotSentException.class);
    }

    @Test
    void everySentReferralMayBeTalkedOnEvenOnceItIsClosed() {
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status == ReferralStatus.DRAFT) {
                continue;
            }
            Referral referral = ReferralStatusChangeTests.referralIn(status);

            assertThat(Message.post(referral, "Why?", Side.REQUESTER, "sam", "sam-sub", "social-worker", NOW)
                    .text()).as(status.code()).isEqualTo("Why?");
        }
    }

    private static String refused(Referral referral, String text) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Message.post(referral, text, Side.REQUESTER, "sam", "sam-sub", "social-worker", NOW));
        assertThat(refused).as("refused: " + text).isNotNull();
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("text");
        return refused.errors().getFirst().message();
    }
}
