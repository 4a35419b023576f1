package org.careloop.referrals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.servers.KafkaBrokerProcess;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A referral made while the broker is away is stored, and its one event arrives once a broker is back. */
class ReferralOutboxWhileBrokerDownIntegrationTests extends ReferralServiceIntegrationTest {

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
    void theReferralIsStoredAndItsEventArrivesExactlyOnceWhenTheBrokerIsBack() {
        // no broker: the case is known the way an earlier event would have left it
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                insert into case_view (case_id, assigned_worker, assigned_worker_sub, team, assigned_at, status,
                    status_at)
                values (:id, 'sam', :sam, 'palliative-north', now(), 'ACTIVE', now())""").param("id", caseId)
                .param("sam", TestUser.SAM.subject()).update();

        Response created = refer(TestUser.SAM, caseId, HOME_HOSPICE);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        Awaitility.await("a publication waiting").atMost(Duration.ofSeconds(30))
                .until(() -> incomplete() > 0);

        broker.start();

        try (TopicProbe probe = TopicProbe.fromBeginning(broker.bootstrapServers(), Topics.REFERRAL_EVENTS)) {
            probe.awaitUntil(records -> records.stream().anyMatch(r -> r.value().contains(id.toString())),
                    Duration.ofSeconds(60));
            Awaitility.await("the outbox emptied").atMost(Duration.ofSeconds(30)).until(() -> incomplete() == 0);
            List<ConsumerRecord<String, String>> records = probe.drain(Duration.ofSeconds(1));
            assertThat(records.stream().filter(r -> r.value().contains(id.toString()))).hasSize(1);
        }
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }
}
