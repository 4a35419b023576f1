package org.careloop.cases.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.events.Topics;
import org.careloop.events.referrals.v1.AnswerOverdue;
import org.careloop.events.referrals.v1.MessagePosted;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.careloop.testing.CloudEventSender;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** referral-service's events reach the case timeline once each; what cannot be applied goes to the DLT. */
class ReferralTimelineIntegrationTests extends CaseServiceIntegrationTest {

    static final UUID SUNRISE = UUID.fromString(TestUser.SUNRISE_HOSPICE);

    @Test
    void eachStepOfAReferralAppearsOnceOnTheTimeline() {
        UUID caseId = openCase(TestUser.SAM);
        UUID referralId = UUID.randomUUID();
        UUID accepted = UUID.randomUUID();
        Instant at = Instant.now();
        try (CloudEventSender referralService = CloudEventSender.toSharedBroker()) {
            referralService.send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, caseId, at,
                    new ReferralRequested(referralId, caseId, UUID.randomUUID(), SUNRISE, "hospice", "urgent", "sam",
                            "palliative-north", at));
            ReferralStatusChanged acceptance = new ReferralStatusChanged(referralId, caseId, SUNRISE, "requested",
                    "accepted", null, "hana", "hospice-staff", "sam", "palliative-north", at.plusSeconds(60));
            referralService.send(Topics.REFERRAL_EVENTS, accepted, ReferralStatusChanged.TYPE, caseId,
                    at.plusSeconds(60), acceptance);
            referralService.send(Topics.REFERRAL_EVENTS, accepted, ReferralStatusChanged.TYPE, caseId,
                    at.plusSeconds(60), acceptance);
            // a later event on the same partition tells us the duplicate was consumed too
            referralService.send(Topics.REFERRAL_EVENTS, ReferralStatusChanged.TYPE, caseId, at.plusSeconds(120),
                    new ReferralStatusChanged(referralId, caseId, SUNRISE, "accepted", "in-progress", null, "hana",
                            "hospice-staff", "sam", "palliative-north", at.plusSeconds(120)));
        }

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> referralEntries(caseId) == 3);
        JsonNode timeline = api.get("/api/cases/" + caseId + "/timeline", token(TestUser.SAM)).json();

        assertThat(timeline.get("items").findValuesAsString("kind")).containsExactly("REFERRAL_STATUS_CHANGED",
                "REFERRAL_STATUS_CHANGED", "REFERRAL_REQUESTED", "CASE_OPENED");
        JsonNode acceptedEntry = timeline.get("items").get(1);
        assertThat(acceptedEntry.get("actor").asString()).isEqualTo("hana");
        assertThat(acceptedEntry.get("detail").get("to").asString()).isEqualTo("accepted");
        assertThat(acceptedEntry.get("detail").get("referralId").asString()).isEqualTo(referralId.toString());
    }

    @Test
    void messagesOnAReferralAndAnOverdueAnswerAppearOnceOnTheTimelineWithoutTheText() {
        UUID caseId = openCase(TestUser.SAM);
        UUID referralId = UUID.randomUUID();
        UUID fromTheHospice = UUID.randomUUID();
        UUID overdueEvent = UUID.randomUUID();
        Instant at = Instant.now();
        MessagePosted hanasMessage = new MessagePosted(referralId, UUID.randomUUID(), caseId, SUNRISE, "receiver",
                "hana", "hospice-staff", "sam", TestUser.SAM.subject(), "palliative-north", at.plusSeconds(60));
        AnswerOverdue overdue = new AnswerOverdue(referralId, caseId, SUNRISE, "hospice", "urgent", at,
                at.plusSeconds(30), "sam", TestUser.SAM.subject(), "palliative-north", at.plusSeconds(40));
        try (CloudEventSender referralService = CloudEventSender.toSharedBroker()) {
            referralService.send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, caseId, at.plusSeconds(10),
                    new MessagePosted(referralId, UUID.randomUUID(), caseId, SUNRISE, "requester", "sam",
                            "social-worker", "sam", TestUser.SAM.subject(), "palliative-north", at.plusSeconds(10)));
            referralService.send(Topics.REFERRAL_EVENTS, overdueEvent, AnswerOverdue.TYPE, caseId,
                    at.plusSeconds(40), overdue);
            referralService.send(Topics.REFERRAL_EVENTS, overdueEvent, AnswerOverdue.TYPE, caseId,
                    at.plusSeconds(40), overdue);
            referralService.send(Topics.REFERRAL_EVENTS, fromTheHospice, MessagePosted.TYPE, caseId,
                    at.plusSeconds(60), hanasMessage);
            referralService.send(Topics.REFERRAL_EVENTS, fromTheHospice, MessagePosted.TYPE, caseId,
                    at.plusSeconds(60), hanasMessage);
        }

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> referralEntries(caseId) == 3);
        JsonNode items = api.get("/api/cases/" + caseId + "/timeline", token(TestUser.SAM)).json().get("items");

        assertThat(items.findValuesAsString("kind")).containsExactly("REFERRAL_MESSAGE_POSTED",
                "REFERRAL_ANSWER_OVERDUE", "REFERRAL_MESSAGE_POSTED", "CASE_OPENED");
        JsonNode fromHana = items.get(0);
        assertThat(fromHana.get("actor").asString()).isEqualTo("hana");
        assertThat(noText(fromHana)).as("never the message's text").isTrue();
        assertThat(fromHana.get("detail").get("side").asString()).isEqualTo("receiver");
        assertThat(fromHana.get("detail").get("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(fromHana.get("detail").get("link").asString()).isEqualTo("/referrals/" + referralId);
        JsonNode unanswered = items.get(1);
        assertThat(unanswered.get("actor").asString()).isEqualTo("referral-service");
        assertThat(unanswered.get("detail").get("answerDueAt").asString()).isEqualTo(at.plusSeconds(30).toString());
        assertThat(unanswered.get("detail").get("priority").asString()).isEqualTo("urgent");
        assertThat(unanswered.get("detail").get("link").asString()).isEqualTo("/referrals/" + referralId);
        JsonNode fromSam = items.get(2);
        assertThat(fromSam.get("actor").asString()).isEqualTo("sam");
        assertThat(fromSam.get("detail").get("side").asString()).isEqualTo("requester");
        assertThat(noText(fromSam)).isTrue();
    }

    @Test
    void anEventAboutNoCaseOfOursOrUnreadableGoesToTheDeadLetterTopic() {
        UUID unknownCase = UUID.randomUUID();
        UUID caseId = openCase(TestUser.SAM);
        Instant at = Instant.now();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.REFERRAL_EVENTS + Topics.DEAD_LETTER_SUFFIX);
                CloudEventSender referralService = CloudEventSender.toSharedBroker()) {
            referralService.send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, unknownCase, at,
                    new ReferralRequested(UUID.randomUUID(), unknownCase, UUID.randomUUID(), SUNRISE, "hospice",
                            "routine", "sam", "palliative-north", at));
            referralService.sendRaw(Topics.REFERRAL_EVENTS, caseId.toString(), Map.of(), "not a cloud event");
            referralService.send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, caseId, at,
                    new ReferralRequested(UUID.randomUUID(), caseId, UUID.randomUUID(), SUNRISE, "hospice",
                            "routine", "sam", "palliative-north", at));

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitUntil(records -> records.stream()
                    .filter(r -> unknownCase.toString().equals(r.key()) || caseId.toString().equals(r.key()))
                    .count() >= 2, Duration.ofSeconds(30));
            assertThat(dead.stream().filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow().value())
                    .isEqualTo("not a cloud event");
            assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-fqcn")).isNotBlank();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> referralEntries(caseId) == 1);
        }
    }

    @Test
    void aMessageNamingNeitherSideGoesToTheDeadLetterTopic() {
        UUID caseId = openCase(TestUser.SAM);
        Instant at = Instant.now();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.REFERRAL_EVENTS + Topics.DEAD_LETTER_SUFFIX);
                CloudEventSender referralService = CloudEventSender.toSharedBroker()) {
            referralService.send(Topics.REFERRAL_EVENTS, MessagePosted.TYPE, caseId, at, new MessagePosted(
                    UUID.randomUUID(), UUID.randomUUID(), caseId, SUNRISE, "somebody", "hana", "hospice-staff",
                    "sam", TestUser.SAM.subject(), "palliative-north", at));

            deadLetters.awaitUntil(records -> records.stream().anyMatch(r -> caseId.toString().equals(r.key())),
                    Duration.ofSeconds(30));
        }
        assertThat(referralEntries(caseId)).isZero();
    }

    private static boolean noText(JsonNode entry) {
        return entry.path("text").isMissingNode() || entry.path("text").isNull();
    }

    private long referralEntries(UUID caseId) {
        return jdbc.sql("select count(*) from timeline_entry where case_id = :id and kind like 'REFERRAL%'")
                .param("id", caseId).query(Long.class).single();
    }
}
