package org.careloop.cases.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.support.audit.AuditChain;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit chain's head is published outside the database, and a chain cut by someone who can change the database
 * (trigger off, the newest records deleted, trigger on: the chain left verifies whole) is found against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careloop.audit.anchor-every=300ms")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // it checks and anchors three times a second: not a context to keep for other tests
class AuditAnchorsIntegrationTests extends CaseServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditChain chain;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theNewestRecordsCutByTheOwnerAreFoundAgainstThePublishedHead(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            openCase(TestUser.SAM);
        }
        chain.seal();
        long head = jdbc.sql("select max(chain_position) from audit_record").query(Long.class).single();
        String chainName = "case-service/" + jdbc.sql("select current_database()").query(String.class).single();

        long anchored;
        try (TopicProbe anchors = TopicProbe.fromBeginning(CareLoopTestInfrastructure.get().kafka().bootstrapServers(),
                Topics.AUDIT_ANCHORS)) {
            List<ConsumerRecord<String, String>> published = anchors.awaitUntil(
                    records -> newestPosition(records, chainName) >= head, Duration.ofSeconds(15));
            anchored = newestPosition(published, chainName);
            ConsumerRecord<String, String> last = published.stream()
                    .filter(record -> chainName.equals(record.key())).toList().getLast();
            assertThat(TopicProbe.header(last, CloudEventHeaders.TYPE)).isEqualTo("careloop.audit.chain-anchored.v1");
            assertThat(TopicProbe.header(last, CloudEventHeaders.SOURCE)).isEqualTo("/careloop/case-service");
            assertThat(JSON.readTree(last.value()).get("hash").asString())
                    .isEqualTo(chain.hashAt(anchored).orElseThrow());
        }
        assertThat(gauge("careloop.audit.chain.broken")).isEqualTo(0.0);

        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_record disable trigger audit_record_append_only").update();
            jdbc.sql("delete from audit_record where chain_position >= :p").param("p", anchored).update();
            jdbc.sql("alter table audit_record enable trigger audit_record_append_only").update();
        });
        assertThat(chain.firstBrokenPosition()).as("the cut chain verifies whole on its own").isNull();

        Awaitility.await("the alert").atMost(Duration.ofSeconds(10))
                .until(() -> gauge("careloop.audit.chain.broken"), value -> value != null && value == 1.0);
        Awaitility.await("the ERROR line").atMost(Duration.ofSeconds(5)).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("ERROR") && line.contains("Found the audit chain of " + chainName)
                        && line.contains("anchored position " + anchored + " ")));
    }

    private Double gauge(String name) {
        Gauge gauge = meters.find(name).gauge();
        return gauge == null ? null : gauge.value();
    }

    private static long newestPosition(List<ConsumerRecord<String, String>> records, String chainName) {
        long position = -1;
        for (ConsumerRecord<String, String> record : records) {
            if (chainName.equals(record.key())) {
                JsonNode anchor = JSON.readTree(record.value());
                position = anchor.get("position").asLong();
            }
        }
        return position;
    }
}
