package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.servers.ApiClient;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * S12: the audit trail is out of reach of the service that writes it. As a service's own database user, every way
 * to rewrite the trail and reseal the chain is refused; as the owner of the tables (who can), deleting the newest
 * records leaves a chain that verifies whole, but the head the service published on Kafka tells it was cut.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditAnchorIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;

    @Test
    @Order(1)
    void s12_asTheServicesOwnUserTheTrailCannotBeRewrittenNorResealed() throws Exception {
        String sam = stack.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        scenario.gateway.get("/api/cases/" + caseId, sam); // each service has records of its own
        scenario.gateway.get("/api/referrals?caseId=" + caseId, sam);
        scenario.gateway.get("/api/bereavement-plans?caseId=" + caseId, sam);
        // what someone holding a service's database password would try, in the order an attacker would
        List<String> attacks = List.of(
                "alter table audit_record disable trigger audit_record_append_only",
                "alter table audit_record disable trigger all",
                "update audit_record set username = 'someone else'",
                "delete from audit_record",
                "truncate audit_record",
                "create or replace function refuse_audit_change() returns trigger language plpgsql as "
                        + "$$ begin return coalesce(new, old); end $$",
                "create or replace function verify_audit_chain() returns bigint language sql as $$ select null::bigint $$",
                // resealing: forget the seals of the newest records so that the sealer seals the rewritten trail again
                "update audit_record set chain_position = null, chain_hash = null "
                        + "where chain_position = (select max(chain_position) from audit_record)",
                // a forged seal written with a new record
                "insert into audit_record (recorded_at, action, outcome, chain_position, chain_hash) "
                        + "values (now(), 'FORGED', 'ALLOWED', 1000000, '\\x00')",
                "drop table audit_record",
                "alter table audit_record owner to current_user",
                "create function seal_audit_records(max_records bigint) returns int language sql as $$ select 0 $$");
        int refused = 0;
        for (String database : List.of("cases", "referrals", "notifications")) {
            try (Connection asService = scenario.connectAsService(database);
                    Statement statement = asService.createStatement()) {
                for (String attack : attacks) {
                    assertThat(catchThrowable(() -> statement.execute(attack))).as(database + ": " + attack)
                            .isInstanceOf(SQLException.class);
                    refused++;
                }
                // what the service needs: add to the trail, read it (the access report), and have it sealed
                statement.execute("select seal_audit_records(100)");
                statement.execute("select verify_audit_chain()");
                statement.execute("select count(*) from audit_record");
            }
            assertThat(scenario.query(database, "select verify_audit_chain()", rs -> rs.getObject(1)))
                    .as(database + ": the hash chain holds").containsOnlyNulls();
        }
        Scenario.report("S12 runtime user", "%d attempts to disable the trigger, change, delete or truncate records, "
                .formatted(refused) + "replace the trail's functions, reseal, forge a seal, drop or take over the table "
                + "as the 3 services' own database users: all refused; sealing, verifying and reading still allowed");
    }

    @Test
    @Order(2)
    void s12_theOwnerDeletingTheNewestRecordsIsFoundAgainstThePublishedHead() throws Exception {
        String sam = stack.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        for (int i = 0; i < 5; i++) {
            assertThat(scenario.gateway.get("/api/referrals?caseId=" + caseId, sam).status()).isEqualTo(200);
        }
        Awaitility.await("every audit record of referral-service sealed").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.count("referrals", "select count(*) from audit_record where chain_hash is null")
                        == 0);
        long head = scenario.count("referrals", "select max(chain_position) from audit_record");

        // the head of the chain, as referral-service published it outside its database
        long anchored;
        long started = System.nanoTime();
        try (TopicProbe anchors = TopicProbe.fromBeginning(stack.stack.kafka().bootstrapServers(),
                Topics.AUDIT_ANCHORS)) {
            List<ConsumerRecord<String, String>> records = anchors.awaitUntil(all -> anchoredPosition(all) >= head,
                    Duration.ofSeconds(30));
            anchored = anchoredPosition(records);
        }
        Duration anchoredAfter = Duration.ofNanos(System.nanoTime() - started);

        // the owner of the tables can: trigger off, the newest three records (the anchored one among them) gone,
        // trigger on
        long deleted;
        try (Connection owner = DriverManager.getConnection(stack.stack.postgresUrl("referrals"),
                "referrals_owner", "referrals_owner")) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("alter table audit_record disable trigger audit_record_append_only");
                deleted = statement.executeUpdate("delete from audit_record where chain_position > " + (anchored - 3));
                statement.execute("alter table audit_record enable trigger audit_record_append_only");
            }
            owner.commit();
        }
        assertThat(deleted).isPositive();
        assertThat(scenario.query("referrals", "select verify_audit_chain()", rs -> rs.getObject(1)))
                .as("the shortened chain verifies whole on its own").containsOnlyNulls();

        ApiClient referrals = scenario.referrals;
        long cut = System.nanoTime();
        Awaitility.await("referral-service raises its alert").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> metric(referrals, "careloop_audit_chain_broken"), value -> value != null && value == 1.0);
        Duration foundAfter = Duration.ofNanos(System.nanoTime() - cut);
        List<String> errors = Awaitility.await("referral-service logs the cut").atMost(Duration.ofSeconds(10))
                .until(() -> Files.readAllLines(stack.referrals.log(), StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains("ERROR") && line.contains("referral-service")
                                && line.contains("position " + anchored))
                        .toList(), found -> !found.isEmpty());
        assertThat(metric(stack.cases, "careloop_audit_chain_broken")).as("case-service's chain is whole")
                .isEqualTo(0.0);
        Scenario.report("S12 owner", "the anchored head (position %d) published on %s %.1f s after it was sealed; "
                .formatted(anchored, Topics.AUDIT_ANCHORS, anchoredAfter.toMillis() / 1000.0)
                + "the owner deleted the newest %d records (trigger off and on again): verify_audit_chain() whole; "
                        .formatted(deleted)
                + "referral-service's careloop_audit_chain_broken = 1 and an ERROR line %.1f s later: %s"
                        .formatted(foundAfter.toMillis() / 1000.0, errors.getFirst().replaceAll(".*AuditAnchoring *: ", "")));
    }

    /** The newest position referral-service anchored, or -1. */
    private static long anchoredPosition(List<ConsumerRecord<String, String>> records) {
        long position = -1;
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() != null && record.key().startsWith("referral-service")) {
                JsonNode anchor = JSON.readTree(record.value());
                position = anchor.get("position").asLong();
            }
        }
        return position;
    }

    private static Double metric(org.careloop.localstack.ServiceProcess service, String name) {
        return metric(new ApiClient(service.url()), name);
    }

    /** A gauge's value as the service's Prometheus endpoint shows it, or null when it has none. */
    private static Double metric(ApiClient service, String name) {
        String body = service.get("/actuator/prometheus", null).body();
        List<Double> values = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                values.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return values.isEmpty() ? null : values.getFirst();
    }
}
