package org.careloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.careloop.events.Topics;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same service against PostgreSQL and Kafka container images, where a Docker engine exists; skipped
 * cleanly where none does (as on the CareLoop build machines, which use the embedded servers instead).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureIntegrationTests extends CaseServiceIntegrationTest {

    @Container
    @ServiceConnection
    // the user the migrations run as in every test of the service (CareLoop's test infrastructure sets it)
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine").withUsername("postgres")
            .withPassword("postgres");

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Test
    void opensACaseAndPublishesItsEvent() {
        UUID id = openCase(TestUser.SAM);

        assertThat(api.get("/api/cases/" + id, token(TestUser.SAM)).status()).isEqualTo(200);
        try (TopicProbe probe = TopicProbe.fromBeginning(kafka.getBootstrapServers(), Topics.CASE_EVENTS)) {
            probe.awaitUntil(records -> records.stream().anyMatch(r -> id.toString().equals(r.key())),
                    Duration.ofSeconds(60));
        }
    }
}
