package org.careloop.cases.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.cases.casefile.CaseEvents.CaseStatusChanged;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Import(CaseEventsIntegrationTests.FailAfterPublishing.class)
class CaseEventsIntegrationTests extends CaseServiceIntegrationTest {

    static final String FAIL_AFTER_PUBLISHING = "test: fail after the event was published";
    static final JsonMapper JSON = JsonMapper.builder().build();

    TopicProbe probe;

    @BeforeEach
    void listen() {
        probe = TopicProbe.open(Topics.CASE_EVENTS);
    }

    @AfterEach
    void stopListening() {
        probe.close();
    }

    @Test
    void openingACasePublishesExactlyOneCloudEventKeyedByTheCase() {
        Instant before = Instant.now();
        UUID id = openCase(TestUser.SAM);

        probe.awaitUntil(records -> !of(records, id).isEmpty(), Duration.ofSeconds(20));
        List<ConsumerRecord<String, String>> events = of(probe.drain(Duration.ofMillis(500)), id);

        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> opened = events.getFirst();
        assertThat(opened.key()).isEqualTo(id.toString());
        assertThat(header(opened, CloudEventHeaders.TYPE)).isEqualTo("careloop.case.opened.v1");
        assertThat(header(opened, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(opened, CloudEventHeaders.SOURCE)).isEqualTo("/careloop/case-service");
        assertThat(header(opened, CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
        assertThat(header(opened, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(UUID.fromString(header(opened, CloudEventHeaders.ID))).isNotNull();
        assertThat(Instant.parse(header(opened, CloudEventHeaders.TIME))).isAfterOrEqualTo(before.minusSeconds(1));
        // no Java class names leak into the contract
        assertThat(headerNames(opened)).allMatch(name -> name.startsWith("ce_") || name.equals("content-type"));

        JsonNode data = JSON.readTree(opened.value());
        assertThat(fieldNames(data)).isEqualTo(fieldNames(fixture("careloop.case.opened.v1")));
        assertThat(data.get("caseId").asString()).isEqualTo(id.toString());
        assertThat(data.get("status").asString()).isEqualTo("OPEN");
        assertThat(data.get("assignedWorker").asString()).isEqualTo("sam");
        assertThat(data.get("team").asString()).isEqualTo("palliative-north");
        assertThat(opened.value()).doesNotContain("Walter", "Hale", "mesothelioma");

        assertThat(incompletePublications()).isZero();
    }

    @Test
    void aDeathPublishesTheStatusChangeAndTheDeathOnTheCasePartition() {
        UUID id = openCase(TestUser.SAM);
        String dateOfDeath = LocalDate.now().minusDays(1).toString();
        assertThat(changeStatus(TestUser.SAM, id, "DECEASED", dateOfDeath).status()).isEqualTo(200);
        Response family = api.post("/api/cases/" + id + "/family-members", token(TestUser.SAM),
                Map.of("name", "Ada Hale", "relationship", "Spouse", "bereavementRisk", "HIGH"));
        assertThat(family.status()).isEqualTo(201);

        List<ConsumerRecord<String, String>> events = of(probe.awaitUntil(records -> of(records, id).size() >= 4,
                Duration.ofSeconds(20)), id);

        assertThat(events).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactlyInAnyOrder(
                "careloop.case.opened.v1", "careloop.case.status-changed.v1", "careloop.case.patient-died.v1",
                "careloop.case.family-member-added.v1");
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.getFirst().partition());
        for (ConsumerRecord<String, String> event : events) {
            String type = header(event, CloudEventHeaders.TYPE);
            assertThat(fieldNames(JSON.readTree(event.value()))).as(type).isEqualTo(fieldNames(fixture(type)));
        }
        JsonNode died = JSON.readTree(typed(events, "careloop.case.patient-died.v1").value());
        assertThat(died.get("dateOfDeath").asString()).isEqualTo(dateOfDeath);
        JsonNode added = JSON.readTree(typed(events, "careloop.case.family-member-added.v1").value());
        assertThat(added.get("relationship").asString()).isEqualTo("spouse");
        assertThat(added.get("bereavementRisk").asString()).isEqualTo("HIGH");
        assertThat(typed(events, "careloop.case.family-member-added.v1").value()).doesNotContain("Ada");
    }

    @Test
    void aChangeWhoseTransactionRollsBackPublishesNothing() {
        UUID id = openCase(TestUser.SAM);
        probe.awaitUntil(records -> !of(records, id).isEmpty(), Duration.ofSeconds(20));

        Response response = api.post("/api/cases/" + id + "/status", token(TestUser.SAM),
                Map.of("status", "ACTIVE", "reason", FAIL_AFTER_PUBLISHING));
        Response refused = changeStatus(TestUser.SAM, id, "CLOSED", null);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(caseRow(id).get("status")).isEqualTo("OPEN");
        assertThat(of(probe.drain(Duration.ofSeconds(2)), id)).extracting(r -> header(r, CloudEventHeaders.TYPE))
                .containsExactly("careloop.case.opened.v1");
        assertThat(incompletePublications()).isZero();
    }

    private long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private static List<ConsumerRecord<String, String>> of(List<ConsumerRecord<String, String>> records, UUID id) {
        return records.stream().filter(r -> id.toString().equals(r.key())).toList();
    }

    private static ConsumerRecord<String, String> typed(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> type.equals(header(r, CloudEventHeaders.TYPE))).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicProbe.header(record, name);
    }

    private static Set<String> headerNames(ConsumerRecord<?, ?> record) {
        Set<String> names = new java.util.HashSet<>();
        record.headers().forEach(h -> names.add(h.key()));
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().collect(Collectors.toSet());
    }

    private static JsonNode fixture(String type) {
        try (InputStream in = CaseEventsIntegrationTests.class
                .getResourceAsStream("/org/careloop/events/cases/v1/" + type + ".json")) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A listener that fails inside the transaction, after the change published its event. */
    @TestConfiguration
    static class FailAfterPublishing {

        @Bean
        FailingListener failingListener() {
            return new FailingListener();
        }
    }

    static class FailingListener {

        @EventListener
        void on(CaseStatusChanged event) {
            if (FAIL_AFTER_PUBLISHING.equals(event.reason())) {
                throw new IllegalStateException("simulated failure after publishing");
            }
        }
    }
}
