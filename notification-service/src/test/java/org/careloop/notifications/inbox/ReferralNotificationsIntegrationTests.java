package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.directory.v1.OrganizationChanged;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.SseClient;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import tools.jackson.databind.JsonNode;

class ReferralNotificationsIntegrationTests extends NotificationServiceIntegrationTest {

    @Test
    void aNewReferralReachesEveryStaffMemberOfTheOrganizationLiveAndByMail() {
        api.get("/api/notifications", token(TestUser.HANA)); // hana has used CareLoop: her address is known
        sunriseHasItsIntakeAddressInTheDirectory();
        UUID referralId = UUID.randomUUID();
        try (SseClient hana = SseClient.connect(url("/api/notifications/stream"), token(TestUser.HANA)).awaitConnected();
                SseClient carl = SseClient.connect(url("/api/notifications/stream"), token(TestUser.CARL))
                        .awaitConnected()) {
            requested(referralId, UUID.randomUUID());

            List<SseClient.Event> received = hana.awaitEvents(events -> events.stream()
                    .anyMatch(e -> e.data().contains(referralId.toString())), Duration.ofSeconds(20));
            assertThat(received.getLast().name()).isEqualTo("notification");
            assertThat(received.getLast().id()).matches("\\d+");
            assertThat(carl.events()).noneMatch(e -> e.data().contains(referralId.toString()));
        }

        JsonNode inbox = api.get("/api/notifications?unread=true", token(TestUser.HANA)).json();
        JsonNode item = first(inbox, referralId);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_REQUESTED");
        assertThat(item.get("link").asString()).isEqualTo("/referrals/" + referralId);
        assertThat(item.get("readAt").isNull()).isTrue();
        assertThat(ids(api.get("/api/notifications", token(TestUser.CARL)).json())).doesNotContain(item.get("id").asString());

        List<MimeMessage> mails = awaitMails(referralId);
        assertThat(mails).extracting(m -> recipients(m)).contains("intake@sunrise-hospice.example",
                "hana@careloop.example");
        for (MimeMessage mail : mails) {
            String text = GreenMailUtil.getBody(mail);
            assertThat(text).contains("/referrals/" + referralId).doesNotContain("palliative-north");
        }
    }

    @Test
    void answersReachTheSocialWorkerAndARejectionAlsoTheSupervisors() {
        UUID referralId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        requested(referralId, caseId);
        try (SseClient sam = SseClient.connect(url("/api/notifications/stream"), token(TestUser.SAM)).awaitConnected()) {
            changed(referralId, caseId, "requested", "accepted", null);
            sam.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains("Referral accepted")
                    && e.data().contains(referralId.toString())), Duration.ofSeconds(20));
        }
        changed(referralId, caseId, "accepted", "rejected", null);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.SUE, referralId) == 1);
        assertThat(countFor(TestUser.SAM, referralId)).isEqualTo(2);
        assertThat(countFor(TestUser.SARA, referralId)).isZero();
        assertThat(countFor(TestUser.SOL, referralId)).isZero();
    }

    @Test
    void afterAReassignmentAnAnswerReachesTheWorkerWhoHoldsTheCaseNowNotTheOneWhoAsked() {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, at,
                new CaseOpened(caseId, "OPEN", "sam", "palliative-north", at, TestUser.SAM.subject()));
        events().send(Topics.CASE_EVENTS, CaseAssigned.TYPE, caseId, at.plusSeconds(1), new CaseAssigned(caseId,
                "sam", "sara", "palliative-north", at.plusSeconds(1), TestUser.SARA.subject()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from case_view where case_id = :id and assigned_worker_sub = :sub")
                .param("id", caseId).param("sub", TestUser.SARA.subject()).query(Long.class).single() == 1);
        UUID referralId = UUID.randomUUID();
        requested(referralId, caseId); // sam asked, before the case went to sara

        changed(referralId, caseId, "requested", "accepted", null);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.SARA, referralId) == 1);
        assertThat(countFor(TestUser.SAM, referralId)).as("the worker who no longer holds the case").isZero();
    }

    @Test
    void aReconnectingStreamGetsWhatItMissed() {
        UUID first = UUID.randomUUID();
        String lastId;
        try (SseClient hana = SseClient.connect(url("/api/notifications/stream"), token(TestUser.HANA)).awaitConnected()) {
            requested(first, UUID.randomUUID());
            lastId = hana.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(first.toString())),
                    Duration.ofSeconds(20)).getLast().id();
        }
        UUID missed = UUID.randomUUID();
        requested(missed, UUID.randomUUID());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.HANA, missed) == 1);

        try (SseClient again = SseClient.reconnect(url("/api/notifications/stream"), token(TestUser.HANA), lastId)
                .awaitConnected()) {
            List<SseClient.Event> replayed = again.awaitEvents(events -> events.stream()
                    .anyMatch(e -> e.data().contains(missed.toString())), Duration.ofSeconds(10));
            assertThat(replayed).noneMatch(e -> e.data().contains(first.toString()));
        }
    }

    @Test
    void aNotificationIsReadOnlyByItsRecipients() {
        UUID referralId = UUID.randomUUID();
        requested(referralId, UUID.randomUUID());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.HANA, referralId) == 1);
        String id = first(api.get("/api/notifications", token(TestUser.HANA)).json(), referralId).get("id").asString();

        assertThat(api.post("/api/notifications/" + id + "/read", token(TestUser.CARL), Map.of()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/notifications/" + id + "/read", token(TestUser.SAM), Map.of()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/notifications/" + id + "/read", token(TestUser.HANA), Map.of()).status())
                .isEqualTo(204);
        assertThat(ids(api.get("/api/notifications?unread=true", token(TestUser.HANA)).json())).doesNotContain(id);
        assertThat(api.get("/api/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void theSameEventTwiceIsOneNotificationAndPoisonGoesToTheDeadLetterTopic() {
        UUID referralId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant at = Instant.now();
        ReferralRequested event = new ReferralRequested(referralId, caseId, UUID.randomUUID(), SUNRISE, "hospice",
                "urgent", "sam", "palliative-north", at, TestUser.SAM.subject());
        try (TopicProbe deadLetters = TopicProbe.open(Topics.REFERRAL_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            events().send(Topics.REFERRAL_EVENTS, eventId, ReferralRequested.TYPE, caseId, at, event);
            events().sendRaw(Topics.REFERRAL_EVENTS, caseId.toString(), Map.of("ce_id", UUID.randomUUID().toString(),
                    "ce_type", ReferralRequested.TYPE, "ce_time", at.toString()), "[]");
            events().send(Topics.REFERRAL_EVENTS, eventId, ReferralRequested.TYPE, caseId, at, event);
            UUID after = UUID.randomUUID();
            requested(after, caseId);

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.HANA, after) == 1);
            assertThat(countFor(TestUser.HANA, referralId)).isEqualTo(1);
            List<ConsumerRecord<String, String>> dead = deadLetters.awaitUntil(records -> records.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), Duration.ofSeconds(30));
            assertThat(dead.stream().filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow().value())
                    .isEqualTo("[]");
        }
    }

    /** The directory's event that gives Sunrise Hospice its intake address (B18: no longer configuration). */
    private void sunriseHasItsIntakeAddressInTheDirectory() {
        Instant at = Instant.now();
        events().send(Topics.DIRECTORY_EVENTS, OrganizationChanged.TYPE, SUNRISE, at,
                new OrganizationChanged(SUNRISE, "intake@sunrise-hospice.example", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from organization_intake where organization_id = :org
                   and intake_email = 'intake@sunrise-hospice.example'""").param("org", SUNRISE)
                .query(Long.class).single() == 1);
    }

    private void requested(UUID referralId, UUID caseId) {
        Instant at = Instant.now();
        events().send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, caseId, at, new ReferralRequested(referralId,
                caseId, UUID.randomUUID(), SUNRISE, "hospice", "urgent", "sam", "palliative-north", at,
                TestUser.SAM.subject()));
    }

    private void changed(UUID referralId, UUID caseId, String from, String to, String outcome) {
        Instant at = Instant.now();
        events().send(Topics.REFERRAL_EVENTS, ReferralStatusChanged.TYPE, caseId, at, new ReferralStatusChanged(
                referralId, caseId, SUNRISE, from, to, outcome, "hana", "hospice-staff", "sam", "palliative-north",
                at, TestUser.SAM.subject()));
    }

    private long countFor(TestUser user, UUID referralId) {
        JsonNode inbox = api.get("/api/notifications?size=100", token(user)).json();
        long count = 0;
        for (JsonNode item : inbox.get("items")) {
            if (item.get("link").asString().equals("/referrals/" + referralId)) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode first(JsonNode inbox, UUID referralId) {
        for (JsonNode item : inbox.get("items")) {
            if (item.get("link").asString().equals("/referrals/" + referralId)) {
                return item;
            }
        }
        throw new AssertionError("no notification about referral " + referralId);
    }

    private static List<String> ids(JsonNode inbox) {
        return inbox.get("items").findValuesAsString("id");
    }

    private static List<MimeMessage> awaitMails(UUID referralId) {
        Awaitility.await("mails about " + referralId).atMost(Duration.ofSeconds(20))
                .until(() -> mailsAbout(referralId).size() >= 2);
        return mailsAbout(referralId);
    }

    private static List<MimeMessage> mailsAbout(UUID referralId) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(referralId.toString())).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
