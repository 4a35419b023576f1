package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.referrals.v1.AnswerOverdue;
import org.careloop.events.referrals.v1.MessagePosted;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.SseClient;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18: a message on a referral reaches the other end of the loop (in the app, live, and by a mail without its
 * text or any name), and an answer overdue reminds the receiving organization and tells the team's supervisors;
 * each event once, however often it is delivered.
 */
class ReferralConversationNotificationsIntegrationTests extends NotificationServiceIntegrationTest {

    private static final String MESSAGE_TITLE = "New message on a referral";
    private static final String MESSAGE_BODY = "There is a new message on a referral in CareLoop.";

    @Test
    void aMessageFromTheRequesterReachesTheReceivingOrganizationLiveAndByAMailWithoutItsTextOrAName() {
        api.get("/api/notifications", token(TestUser.HANA)); // hana has used CareLoop: her address is known
        UUID referralId = UUID.randomUUID();
        try (SseClient hana = SseClient.connect(url("/api/notifications/stream"), token(TestUser.HANA))
                .awaitConnected()) {
            events().send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, UUID.randomUUID(), Instant.now(),
                    message(referralId, UUID.randomUUID(), "requester", "sam", "social-worker"));

            List<SseClient.Event> received = hana.awaitEvents(events -> events.stream()
                    .anyMatch(e -> e.data().contains(referralId.toString())), Duration.ofSeconds(20));
            assertThat(received.getLast().name()).isEqualTo("notification");
            assertThat(received.getLast().data()).contains(MESSAGE_TITLE);
        }

        JsonNode item = only(TestUser.HANA, referralId);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_MESSAGE");
        assertThat(item.get("title").asString()).isEqualTo(MESSAGE_TITLE);
        assertThat(item.get("body").asString()).isEqualTo(MESSAGE_BODY);
        assertThat(item.get("link").asString()).isEqualTo("/referrals/" + referralId);
        assertThat(countFor(TestUser.CARL, referralId)).as("another organization").isZero();
        assertThat(countFor(TestUser.SAM, referralId)).as("the one who wrote").isZero();

        List<Map<String, Object>> mails = jdbc.sql("""
                select m.recipient, m.subject, m.body from outgoing_mail m
                  join notification n on n.id = m.notification_id where n.link = :link""")
                .param("link", "/referrals/" + referralId).query().listOfRows();
        assertThat(mails).extracting(m -> m.get("recipient")).contains("hana@careloop.example");
        for (Map<String, Object> mail : mails) {
            assertThat((String) mail.get("subject")).isEqualTo("CareLoop: " + MESSAGE_TITLE);
            assertThat((String) mail.get("body")).contains("/referrals/" + referralId)
                    .doesNotContain("sam").doesNotContain("hana").doesNotContain("palliative-north")
                    .doesNotContain("social-worker");
        }
    }

    @Test
    void aMessageFromTheReceiverReachesWhoeverHoldsTheCaseNow() {
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

        try (SseClient sara = SseClient.connect(url("/api/notifications/stream"), token(TestUser.SARA))
                .awaitConnected()) {
            events().send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, caseId, Instant.now(),
                    message(referralId, caseId, "receiver", "hana", "hospice-staff"));
            sara.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId.toString())
                    && e.data().contains(MESSAGE_TITLE)), Duration.ofSeconds(20));
        }

        JsonNode item = only(TestUser.SARA, referralId);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_MESSAGE");
        assertThat(item.get("body").asString()).isEqualTo(MESSAGE_BODY);
        assertThat(countFor(TestUser.SAM, referralId)).as("the worker who no longer holds the case").isZero();
        assertThat(countFor(TestUser.HANA, referralId)).as("the one who wrote").isZero();
    }

    @Test
    void aMessageFromTheReceiverOnACaseNotSeenYetReachesTheRequester() {
        UUID referralId = UUID.randomUUID();
        events().send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, UUID.randomUUID(), Instant.now(),
                message(referralId, UUID.randomUUID(), "receiver", "hana", "hospice-staff"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.SAM, referralId) == 1);
        assertThat(countFor(TestUser.HANA, referralId)).isZero();
    }

    @Test
    void anOverdueAnswerRemindsTheOrganizationAndTellsTheTeamsSupervisors() {
        UUID referralId = UUID.randomUUID();
        try (SseClient hana = SseClient.connect(url("/api/notifications/stream"), token(TestUser.HANA))
                .awaitConnected();
                SseClient sue = SseClient.connect(url("/api/notifications/stream"), token(TestUser.SUE))
                        .awaitConnected()) {
            events().send(Topics.REFERRAL_EVENTS, AnswerOverdue.TYPE, UUID.randomUUID(), Instant.now(),
                    overdue(referralId, UUID.randomUUID()));
            hana.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId.toString())),
                    Duration.ofSeconds(20));
            sue.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId.toString())),
                    Duration.ofSeconds(20));
        }

        JsonNode reminder = only(TestUser.HANA, referralId);
        assertThat(reminder.get("kind").asString()).isEqualTo("REFERRAL_OVERDUE");
        assertThat(reminder.get("title").asString()).isEqualTo("A referral awaits your answer");
        JsonNode unanswered = only(TestUser.SUE, referralId);
        assertThat(unanswered.get("kind").asString()).isEqualTo("REFERRAL_UNANSWERED");
        assertThat(unanswered.get("title").asString()).isEqualTo("A referral of your team is unanswered");
        assertThat(unanswered.get("link").asString()).isEqualTo("/referrals/" + referralId);
        assertThat(countFor(TestUser.CARL, referralId)).as("another organization").isZero();
        assertThat(countFor(TestUser.SOL, referralId)).as("another team's supervisor").isZero();
        assertThat(countFor(TestUser.SAM, referralId)).as("the social worker (not a supervisor)").isZero();
    }

    @Test
    void theSameMessageOrEscalationDeliveredTwiceTellsEveryoneOnce() {
        UUID caseId = UUID.randomUUID();
        UUID messaged = UUID.randomUUID();
        UUID escalated = UUID.randomUUID();
        UUID messageEvent = UUID.randomUUID();
        UUID overdueEvent = UUID.randomUUID();
        Instant at = Instant.now();
        MessagePosted message = message(messaged, caseId, "requester", "sam", "social-worker");
        AnswerOverdue overdue = overdue(escalated, caseId);

        events().send(Topics.REFERRAL_EVENTS, messageEvent, MessagePosted.TYPE, caseId, at, message);
        events().send(Topics.REFERRAL_EVENTS, messageEvent, MessagePosted.TYPE, caseId, at, message);
        events().send(Topics.REFERRAL_EVENTS, overdueEvent, AnswerOverdue.TYPE, caseId, at, overdue);
        events().send(Topics.REFERRAL_EVENTS, overdueEvent, AnswerOverdue.TYPE, caseId, at, overdue);
        // a later event on the same partition (same key) tells us the duplicates were consumed too
        UUID after = UUID.randomUUID();
        events().send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, caseId, Instant.now(),
                message(after, caseId, "requester", "sam", "social-worker"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(TestUser.HANA, after) == 1);
        assertThat(countFor(TestUser.HANA, messaged)).isEqualTo(1);
        assertThat(countFor(TestUser.HANA, escalated)).isEqualTo(1);
        assertThat(countFor(TestUser.SUE, escalated)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where link in (:links)")
                .param("links", List.of("/referrals/" + messaged, "/referrals/" + escalated))
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aMessageNamingNeitherSideGoesToTheDeadLetterTopic() {
        UUID caseId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.REFERRAL_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            events().send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, caseId, Instant.now(),
                    message(referralId, caseId, "somebody", "hana", "hospice-staff"));

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitUntil(records -> records.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), Duration.ofSeconds(30));
            assertThat(dead).isNotEmpty();
        }
        assertThat(jdbc.sql("select count(*) from notification where link = :link")
                .param("link", "/referrals/" + referralId).query(Long.class).single()).isZero();
    }

    private static MessagePosted message(UUID referralId, UUID caseId, String side, String by, String role) {
        return new MessagePosted(referralId, UUID.randomUUID(), caseId, SUNRISE, side, by, role, "sam",
                TestUser.SAM.subject(), "palliative-north", Instant.now());
    }

    private static AnswerOverdue overdue(UUID referralId, UUID caseId) {
        Instant now = Instant.now();
        return new AnswerOverdue(referralId, caseId, SUNRISE, "hospice", "urgent", now.minus(Duration.ofHours(25)),
                now.minus(Duration.ofHours(1)), "sam", TestUser.SAM.subject(), "palliative-north", now);
    }

    private JsonNode only(TestUser user, UUID referralId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countFor(user, referralId) >= 1);
        assertThat(countFor(user, referralId)).isEqualTo(1);
        for (JsonNode item : api.get("/api/notifications?size=100", token(user)).json().get("items")) {
            if (item.get("link").asString().equals("/referrals/" + referralId)) {
                return item;
            }
        }
        throw new AssertionError("no notification about referral " + referralId);
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
}
