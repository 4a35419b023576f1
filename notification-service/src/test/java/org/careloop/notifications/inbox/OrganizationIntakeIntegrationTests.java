package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.directory.v1.OrganizationChanged;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * B18: the address that receives an organization's referral mails is the organization's, in referral-service's
 * directory; this service learns it from {@code careloop.directory.organization-changed.v1}, not from its
 * configuration.
 */
class OrganizationIntakeIntegrationTests extends NotificationServiceIntegrationTest {

    @Test
    void aReferralMailGoesToTheIntakeAddressTheDirectoryPublishedTheNewestOneWinning() {
        UUID org = UUID.randomUUID();
        Instant at = Instant.now();
        long before = takenIn();
        changed(org, "intake@eastbank.example", at);

        UUID first = UUID.randomUUID();
        awaitTakenIn(before + 1);
        requested(first, org);
        assertThat(awaitRecipients(first)).containsExactly("intake@eastbank.example");

        // changed again; an older change arriving late does not undo it
        changed(org, "referrals@eastbank.example", at.plusSeconds(60));
        changed(org, "stale@eastbank.example", at.plusSeconds(30));
        awaitTakenIn(before + 3);
        UUID second = UUID.randomUUID();
        requested(second, org);
        assertThat(awaitRecipients(second)).containsExactly("referrals@eastbank.example");

        // an organization without an intake address is mailed through its staff only
        changed(org, null, at.plusSeconds(90));
        awaitTakenIn(before + 4);
        UUID third = UUID.randomUUID();
        requested(third, org);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from notification where link = :link").param("link", "/referrals/" + third)
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from outgoing_mail where body like :link")
                .param("link", "%/referrals/" + third + "%").query(Long.class).single()).isZero();
    }

    private void awaitTakenIn(long changes) {
        Awaitility.await("notification-service takes the directory's organization-changed events in")
                .atMost(Duration.ofSeconds(20)).until(() -> takenIn() >= changes);
    }

    private long takenIn() {
        return jdbc.sql("select count(*) from processed_event where event_type = :type")
                .param("type", OrganizationChanged.TYPE).query(Long.class).single();
    }

    private void changed(UUID org, String intakeEmail, Instant at) {
        events().send(Topics.DIRECTORY_EVENTS, OrganizationChanged.TYPE, org, at,
                new OrganizationChanged(org, intakeEmail, at));
    }

    private void requested(UUID referralId, UUID org) {
        Instant at = Instant.now();
        UUID caseId = UUID.randomUUID();
        events().send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, caseId, at, new ReferralRequested(referralId,
                caseId, UUID.randomUUID(), org, "hospice", "urgent", "sam", "palliative-north", at,
                TestUser.SAM.subject()));
    }

    private static List<String> awaitRecipients(UUID referralId) {
        Awaitility.await("mails about " + referralId).atMost(Duration.ofSeconds(20))
                .until(() -> !mailsAbout(referralId).isEmpty());
        return mailsAbout(referralId).stream().map(OrganizationIntakeIntegrationTests::recipient).toList();
    }

    private static List<MimeMessage> mailsAbout(UUID referralId) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(referralId.toString())).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
