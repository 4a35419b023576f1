package org.careloop.referrals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReferralEventsIntegrationTests extends ReferralServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyChangePublishesExactlyOneEventKeyedByTheCase() {
        UUID caseId = samsActiveCase();
        try (TopicProbe probe = TopicProbe.open(Topics.REFERRAL_EVENTS)) {
            UUID id = referralToSunrise();
            assertThat(setStatus(TestUser.HANA, id, "accepted", null, null).status()).isEqualTo(200);
            assertThat(setStatus(TestUser.HANA, id, "completed", null, "got-help").status()).isEqualTo(200);
            assertThat(setStatus(TestUser.HANA, id, "failed", "x", null).status()).isEqualTo(409);

            probe.awaitUntil(records -> of(records, id).size() >= 3, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = of(probe.drain(Duration.ofMillis(700)), id);

            assertThat(events).hasSize(3);
            assertThat(events).extracting(ConsumerRecord::key).containsOnly(caseId.toString());
            assertThat(events).extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactlyInAnyOrder(
                    "careloop.referral.requested.v1", "careloop.referral.status-changed.v1",
                    "careloop.referral.status-changed.v1");
            Set<String> statuses = new HashSet<>();
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicProbe.header(event, CloudEventHeaders.TYPE);
                JsonNode data = JSON.readTree(event.value());
                assertThat(fields(data)).as(type).isEqualTo(fields(fixture(type)));
                assertThat(event.value()).doesNotContain("breathlessness", "the patient");
                assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/careloop/referral-service");
                if (data.has("status")) {
                    statuses.add(data.get("status").asString() + "/" + data.get("outcome").asString(""));
                } else {
                    assertThat(data.get("organizationId").asString()).isEqualTo(SUNRISE_HOSPICE.toString());
                    assertThat(data.get("category").asString()).isEqualTo("hospice");
                    assertThat(data.get("priority").asString()).isEqualTo("urgent");
                    assertThat(data.get("requestedBy").asString()).isEqualTo("sam");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder("accepted/", "completed/got-help");
        }
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()).isZero();
    }

    private static List<ConsumerRecord<String, String>> of(List<ConsumerRecord<String, String>> records, UUID id) {
        return records.stream().filter(r -> r.value().contains(id.toString())).toList();
    }

    private static Set<String> fields(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }

    private static JsonNode fixture(String type) {
        try (InputStream in = ReferralEventsIntegrationTests.class
                .getResourceAsStream("/org/careloop/events/referrals/v1/" + type + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
