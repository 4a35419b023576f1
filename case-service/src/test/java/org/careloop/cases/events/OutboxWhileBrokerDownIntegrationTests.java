package org.careloop.cases.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.servers.ApiClient.Response;
import org.careloop.servers.KafkaBrokerProcess;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is unreachable when the case is opened: the change still commits, its event waits in the outbox,
 * and arrives once the broker is back. The broker here is a real one in a child JVM that starts late.
 */
class OutboxWhileBrokerDownIntegrationTests extends CaseServiceIntegrationTest {

    static final KafkaBrokerProcess broker = KafkaBrokerProcess.onFreePorts();

    @DynamicPropertySource
    static void pointAtTheLateBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "1500");
        registry.add("careloop.events.outbox.resubmit-every", () -> "1s");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aChangeCommitsWithoutTheBrokerAndItsEventArrivesWhenTheBrokerIsBack() {
        Response opened = api.post("/api/cases", token(TestUser.SAM), openCaseRequest("Mara", "Lind"));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        UUID id = UUID.fromString(opened.json().get("id").asString());
        assertThat(caseRow(id).get("status")).isEqualTo("OPEN");
        Awaitility.await("a failed publication").atMost(Duration.ofSeconds(30))
                .until(() -> failedOrIncompletePublications() > 0);

        broker.start();

        try (TopicProbe probe = TopicProbe.fromBeginning(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = probe.awaitUntil(
                    received -> received.stream().anyMatch(r -> id.toString().equals(r.key())),
                    Duration.ofSeconds(60));
            ConsumerRecord<String, String> event = records.stream().filter(r -> id.toString().equals(r.key()))
                    .findFirst().orElseThrow();
            assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("careloop.case.opened.v1");
        }
        Awaitility.await("the outbox emptied").atMost(Duration.ofSeconds(30))
                .until(() -> failedOrIncompletePublications() == 0);
    }

    private long failedOrIncompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }
}
