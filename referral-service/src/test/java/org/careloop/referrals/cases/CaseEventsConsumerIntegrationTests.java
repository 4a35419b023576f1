package org.careloop.referrals.cases;

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
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.events.cases.v1.DeathEnteredInError;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** The case read model: idempotent, tolerant of late events, and poison goes to the dead-letter topic. */
class CaseEventsConsumerIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        UUID caseId = givenCase(TestUser.SAM, "OPEN");
        UUID eventId = UUID.randomUUID();
        Instant at = Instant.now();
        CaseAssigned toSara = new CaseAssigned(caseId, "sam", "sara", "palliative-north", at,
                TestUser.SARA.subject());

        events().send(Topics.CASE_EVENTS, eventId, CaseAssigned.TYPE, caseId, at, toSara);
        events().send(Topics.CASE_EVENTS, eventId, CaseAssigned.TYPE, caseId, at, toSara);
        // a later event on the same partition tells us both copies were consumed
        events().send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, at.plusSeconds(1),
                new CaseStatusChanged(caseId, "OPEN", "ACTIVE", "sara", "palliative-north", at.plusSeconds(1),
                        TestUser.SARA.subject()));
        awaitCaseStatus(caseId, "ACTIVE");

        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id").param("id", eventId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select assigned_worker from case_view where case_id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("sara");
        assertThat(refer(TestUser.SARA, caseId, HOME_HOSPICE).status()).isEqualTo(201);
        assertThat(refer(TestUser.SAM, caseId, HOME_HOSPICE).status()).isEqualTo(404);
    }

    @Test
    void aDeathEnteredInErrorClearsTheDeathSoThePatientIsReferredAgain() {
        UUID caseId = givenCase(TestUser.SAM, "DECEASED");
        assertThat(refer(TestUser.SAM, caseId, HOME_HOSPICE).status()).isEqualTo(409);
        Instant at = Instant.now();

        // what case-service publishes for a death entered in error: the move back, then the error itself
        events().send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, at,
                new CaseStatusChanged(caseId, "DECEASED", "ACTIVE", "sam", "palliative-north", at,
                        TestUser.SAM.subject()));
        UUID error = events().send(Topics.CASE_EVENTS, DeathEnteredInError.TYPE, caseId, at,
                new DeathEnteredInError(caseId, "ACTIVE", "sam", "palliative-north", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(error));

        var referral = refer(TestUser.SAM, caseId, HOME_HOSPICE);
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select status from case_view where case_id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select date_of_death from case_view where case_id = :id").param("id", caseId)
                .query(java.time.LocalDate.class).optional()).isEmpty();
    }

    @Test
    void aDeathEnteredInErrorArrivingBeforeALateDeathIsNotUndoneByIt() {
        UUID caseId = givenCase(TestUser.SAM, "DECEASED");
        Instant at = Instant.now();
        UUID error = events().send(Topics.CASE_EVENTS, DeathEnteredInError.TYPE, caseId, at,
                new DeathEnteredInError(caseId, "ACTIVE", "sam", "palliative-north", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(error));
        // the death again, delivered twice late (its time is before the error's)
        UUID late = events().send(Topics.CASE_EVENTS, PatientDied.TYPE, caseId, at.minusSeconds(30),
                new PatientDied(caseId, java.time.LocalDate.now().minusDays(3), "sam", "palliative-north",
                        at.minusSeconds(30), TestUser.SAM.subject()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));

        assertThat(refer(TestUser.SAM, caseId, HOME_HOSPICE).status()).isEqualTo(201);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        UUID caseId = givenCase(TestUser.SAM, "OPEN");
        Instant now = Instant.now();

        events().send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, now,
                new CaseStatusChanged(caseId, "ACTIVE", "DISCHARGED", "sam", "palliative-north", now));
        awaitCaseStatus(caseId, "DISCHARGED");
        UUID late = events().send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, now.minusSeconds(5),
                new CaseStatusChanged(caseId, "OPEN", "ACTIVE", "sam", "palliative-north", now.minusSeconds(5)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));

        assertThat(jdbc.sql("select status from case_view where case_id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("DISCHARGED");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(Topics.CASE_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            events().sendRaw(Topics.CASE_EVENTS, caseId.toString(), cloudEvent(caseId, Instant.now(),
                    Topics.CASE_SERVICE, "1.0"), "{not json");
            events().sendRaw(Topics.CASE_EVENTS, caseId.toString(), Map.of(), "no headers at all");
            Instant at = Instant.now();
            events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, at,
                    new CaseOpened(caseId, "OPEN", "sam", "palliative-north", at));

            awaitCaseStatus(caseId, "OPEN");
            List<ConsumerRecord<String, String>> dead = deadLetters.awaitUntil(
                    records -> records.stream().filter(r -> caseId.toString().equals(r.key())).count() >= 2,
                    Duration.ofSeconds(30));
            ConsumerRecord<String, String> first = dead.stream().filter(r -> caseId.toString().equals(r.key()))
                    .findFirst().orElseThrow();
            assertThat(first.value()).isEqualTo("{not json");
            assertThat(TopicProbe.header(first, "kafka_dlt-exception-fqcn")).isNotBlank();
            assertThat(TopicProbe.header(first, "kafka_dlt-exception-message")).contains("unreadable data");
            assertThat(TopicProbe.header(first, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_EVENTS);
        }
    }

    @Test
    void anEventFromAnotherSourceOrSpecVersionGoesToTheDeadLetterTopicWithoutEffect() {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.now();
        String opened = "{\"caseId\":\"" + caseId + "\",\"status\":\"OPEN\",\"assignedWorker\":\"sam\","
                + "\"team\":\"palliative-north\",\"openedAt\":\"" + at + "\"}";
        try (TopicProbe deadLetters = TopicProbe.open(Topics.CASE_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            // a well-formed event of case-service's contract, written by someone who is not case-service
            events().sendRaw(Topics.CASE_EVENTS, caseId.toString(), cloudEvent(caseId, at, Topics.REFERRAL_SERVICE,
                    "1.0"), opened);
            events().sendRaw(Topics.CASE_EVENTS, caseId.toString(), cloudEvent(caseId, at, Topics.CASE_SERVICE,
                    "0.3"), opened);
            events().sendRaw(Topics.CASE_EVENTS, caseId.toString(), cloudEvent(caseId, at, null, "1.0"), opened);

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitUntil(
                    records -> records.stream().filter(r -> caseId.toString().equals(r.key())).count() >= 3,
                    Duration.ofSeconds(30));
            assertThat(dead.stream().filter(r -> caseId.toString().equals(r.key()))
                    .map(r -> TopicProbe.header(r, "kafka_dlt-exception-message")))
                    .anySatisfy(message -> assertThat(message).contains("ce_source"))
                    .anySatisfy(message -> assertThat(message).contains("ce_specversion"));
        }
        assertThat(jdbc.sql("select count(*) from case_view where case_id = :id").param("id", caseId)
                .query(Long.class).single()).isZero();
    }

    private static Map<String, String> cloudEvent(UUID caseId, Instant at, String source, String specVersion) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("ce_specversion", specVersion,
                "ce_id", UUID.randomUUID().toString(), "ce_type", CaseOpened.TYPE, "ce_time", at.toString(),
                "ce_subject", caseId.toString(), "content-type", "application/json"));
        if (source != null) {
            headers.put("ce_source", source);
        }
        return headers;
    }

    private boolean processed(UUID eventId) {
        return jdbc.sql("select count(*) from processed_event where event_id = :id").param("id", eventId)
                .query(Long.class).single() == 1;
    }
}
