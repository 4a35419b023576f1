package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalation with short answer times (urgent: 5 s) and the sweep every few hundred milliseconds, on db-scheduler:
 * one {@code careloop.referral.answer-overdue.v1} per referral left unanswered, none for one answered in time,
 * however many sweeps run at once (this context's, the other test context's, and two called here together).
 */
@TestPropertySource(properties = { "careloop.referrals.answer-times.urgent=5s",
        "careloop.referrals.answer-times.stat=5s" })
class AnswerEscalationIntegrationTests extends ReferralServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWER_OVERDUE = "careloop.referral.answer-overdue.v1";

    @Autowired
    private AnswerEscalation escalation;

    @Test
    void aReferralLeftUnansweredIsEscalatedOnceAndOneAnsweredInTimeNever() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        try (TopicProbe probe = TopicProbe.open(Topics.REFERRAL_EVENTS)) {
            JsonNode unanswered = refer(TestUser.SAM, caseId, HOME_HOSPICE).json();
            UUID unansweredId = UUID.fromString(unanswered.get("id").asString());
            UUID answered = UUID.fromString(refer(TestUser.SAM, caseId, HOME_HOSPICE).json().get("id").asString());
            Map<String, Object> routine = referralRequest(caseId, HOME_HOSPICE);
            routine.put("priority", "routine");
            UUID notDueYet = UUID.fromString(api.post("/api/referrals", token(TestUser.SAM), routine).json().get("id")
                    .asString());
            assertThat(setStatus(TestUser.HANA, answered, "accepted", null, null).status()).isEqualTo(200);

            probe.awaitUntil(records -> overdue(records, unansweredId).size() >= 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = probe.drain(Duration.ofSeconds(2));

            List<ConsumerRecord<String, String>> escalated = overdue(records, unansweredId);
            assertThat(escalated).hasSize(1);
            assertThat(overdue(records, answered)).isEmpty();
            assertThat(overdue(records, notDueYet)).isEmpty();
            ConsumerRecord<String, String> event = escalated.getFirst();
            assertThat(event.key()).isEqualTo(caseId.toString());
            JsonNode data = JSON.readTree(event.value());
            assertThat(new HashSet<>(data.propertyNames())).isEqualTo(new HashSet<>(fixture().propertyNames()));
            assertThat(event.value()).doesNotContain("breathlessness", "the patient");
            assertThat(data.get("organizationId").asString()).isEqualTo(SUNRISE_HOSPICE.toString());
            assertThat(data.get("category").asString()).isEqualTo("hospice");
            assertThat(data.get("priority").asString()).isEqualTo("urgent");
            assertThat(data.get("team").asString()).isEqualTo("palliative-north");
            assertThat(data.get("requestedBySub").asString()).isEqualTo(TestUser.SAM.subject());
            // the times as stored, to the microsecond
            assertThat(Instant.parse(data.get("requestedAt").asString()))
                    .isCloseTo(Instant.parse(unanswered.get("createdAt").asString()), within(1, ChronoUnit.MICROS));
            assertThat(Instant.parse(data.get("answerDueAt").asString()))
                    .isCloseTo(Instant.parse(unanswered.get("answerDueAt").asString()), within(1, ChronoUnit.MICROS));

            JsonNode seen = api.get("/api/referrals/" + unansweredId, token(TestUser.HANA)).json();
            assertThat(seen.get("overdue").asBoolean()).isTrue();
            assertThat(Instant.parse(seen.get("escalatedAt").asString()))
                    .isEqualTo(Instant.parse(data.get("escalatedAt").asString()));
            JsonNode stillAnswered = api.get("/api/referrals/" + answered, token(TestUser.SAM)).json();
            assertThat(stillAnswered.get("overdue").asBoolean()).isFalse();
            assertThat(stillAnswered.get("escalatedAt").isNull()).isTrue();
        }
    }

    @Test
    void twoSweepsRunningAtOnceEscalateEachReferralOnce() throws Exception {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Map<String, Object> routine = referralRequest(caseId, MEALS_AT_HOME);
        routine.put("priority", "routine");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(UUID.fromString(api.post("/api/referrals", token(TestUser.SAM), routine).json().get("id")
                    .asString()));
        }
        try (TopicProbe probe = TopicProbe.open(Topics.REFERRAL_EVENTS)) {
            jdbc.sql("update referral set answer_due_at = :due where id in (:ids)")
                    .param("due", Timestamp.from(Instant.now().minusSeconds(60))).param("ids", ids).update();
            CyclicBarrier together = new CyclicBarrier(2);
            int escalatedHere;
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> sweeps = List.of(threads.submit(() -> sweepAfter(together)),
                        threads.submit(() -> sweepAfter(together)));
                escalatedHere = sweeps.get(0).get(30, TimeUnit.SECONDS) + sweeps.get(1).get(30, TimeUnit.SECONDS);
            }

            probe.awaitUntil(records -> ids.stream().allMatch(id -> !overdue(records, id).isEmpty()),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = probe.drain(Duration.ofSeconds(2));
            for (UUID id : ids) {
                assertThat(overdue(records, id)).as(id.toString()).hasSize(1);
            }
            assertThat(escalatedHere).isLessThanOrEqualTo(ids.size());
            assertThat(jdbc.sql("select count(*) from referral where id in (:ids) and escalated_at is not null")
                    .param("ids", ids).query(Long.class).single()).isEqualTo(ids.size());
        }
    }

    /** One sweep, started together with the other thread's. */
    private int sweepAfter(CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return escalation.sweep();
    }

    private static List<ConsumerRecord<String, String>> overdue(List<ConsumerRecord<String, String>> records,
            UUID id) {
        return records.stream().filter(r -> ANSWER_OVERDUE.equals(TopicProbe.header(r, CloudEventHeaders.TYPE)))
                .filter(r -> r.value().contains(id.toString())).toList();
    }

    private static JsonNode fixture() {
        try (InputStream in = AnswerEscalationIntegrationTests.class
                .getResourceAsStream("/org/careloop/events/referrals/v1/" + ANSWER_OVERDUE + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
