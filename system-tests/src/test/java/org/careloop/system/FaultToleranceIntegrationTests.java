package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.servers.ApiClient.Response;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.testing.CloudEventSender;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults against the whole stack (real PostgreSQL, Kafka and Keycloak, each service its own process): the broker
 * away, services killed mid-flight, poison messages, a database away. Pass = the stated figure and nothing lost or
 * doubled. Sizes: bounded in every CI run; {@code -Dcareloop.scenarios=full} for the figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIntegrationTests {

    private final Scenario scenario = new Scenario();
    private final Stack stack = scenario.stack;

    @Test
    @Order(1)
    void r5_aPoisonMessageOnEachTopicGoesToItsDeadLetterTopicWithTheExceptionAndTheRestFlows() {
        String kafka = stack.stack.kafka().bootstrapServers();
        Map<String, Set<String>> consumers = Map.of(
                Topics.CASE_EVENTS, Set.of("referral-service", "notification-service"),
                Topics.REFERRAL_EVENTS, Set.of("case-service", "notification-service"),
                Topics.BEREAVEMENT_EVENTS, Set.of("case-service"));
        Map<String, String> poisonKeys = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String topic : consumers.keySet()) {
                String key = UUID.randomUUID().toString();
                poisonKeys.put(topic, key);
                ProducerRecord<String, String> poison = new ProducerRecord<>(topic, key, "{not json");
                poison.headers().add("ce_type", "careloop.unknown.v1".getBytes(StandardCharsets.UTF_8));
                producer.send(poison);
            }
            producer.flush();
        }
        for (var entry : consumers.entrySet()) {
            String topic = entry.getKey();
            try (TopicProbe deadLetters = TopicProbe.fromBeginning(kafka, topic + "-dlt")) {
                List<ConsumerRecord<String, String>> found = deadLetters.awaitUntil(records -> records.stream()
                        .filter(r -> poisonKeys.get(topic).equals(r.key())).count() >= entry.getValue().size(),
                        Duration.ofSeconds(60));
                List<ConsumerRecord<String, String>> ours = found.stream()
                        .filter(r -> poisonKeys.get(topic).equals(r.key())).toList();
                assertThat(ours).allSatisfy(r -> {
                    assertThat(TopicProbe.header(r, "kafka_dlt-exception-fqcn")).isNotBlank();
                    assertThat(TopicProbe.header(r, "kafka_dlt-exception-message")).isNotBlank();
                    assertThat(TopicProbe.header(r, "kafka_dlt-original-topic")).isEqualTo(topic);
                    assertThat(r.value()).isEqualTo("{not json");
                });
                assertThat(ours.stream().map(r -> TopicProbe.header(r, "kafka_dlt-original-consumer-group")))
                        .containsExactlyInAnyOrderElementsOf(entry.getValue());
            }
        }
        // the rest flows: a referral made now reaches hana's organization
        String caseId = scenario.caseKnownToReferrals(scenario.token("sam"));
        Response referral = scenario.referrals.post("/api/referrals", scenario.token("sam"), scenario.referral(caseId));
        assertThat(referral.status()).isEqualTo(201);
        String id = referral.json().get("id").asString();
        Awaitility.await("a notification after the poison").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.notificationsPerReferral(List.of(id)).getOrDefault(id, 0L) == 1L);
        Scenario.report("R5", "a poison message on each of 3 topics went to its -dlt topic once per consuming "
                + "service (5 in all) with the exception headers; the next referral was notified");
    }

    @Test
    @Order(2)
    void r1_kafkaStoppedWhileReferralsAreCreated_afterItReturnsEveryNotificationArrivesOnce() {
        int count = Scenario.size(100, 1000);
        Duration outage = Scenario.size(Duration.ofSeconds(8), Duration.ofSeconds(30));
        String caseId = scenario.caseKnownToReferrals(scenario.token("sam"));

        stack.stack.kafka().stop();
        Instant stopped = Instant.now();
        List<String> ids = new ArrayList<>();
        long slowest = 0;
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            Response created = scenario.referrals.post("/api/referrals", scenario.token("sam"), scenario.referral(caseId));
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            assertThat(created.status()).as("creating a referral while the broker is away").isEqualTo(201);
            ids.add(created.json().get("id").asString());
        }
        Duration creating = Duration.between(stopped, Instant.now());
        Awaitility.await("the outage").atMost(outage.plusSeconds(5))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(outage) >= 0);
        assertThat(scenario.notificationsPerReferral(ids)).as("nothing can be notified while the broker is away")
                .isEmpty();

        stack.stack.kafka().start();
        Instant back = Instant.now();
        Awaitility.await("every notification").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> scenario.notificationsPerReferral(ids).size() == count);
        Duration delivered = Duration.between(back, Instant.now());
        Map<String, Long> perReferral = scenario.notificationsPerReferral(ids);
        assertThat(perReferral.values()).as("each exactly once").containsOnly(1L);
        assertThat(perReferral).hasSize(count);
        Awaitility.await("no incomplete publication").atMost(Duration.ofSeconds(60))
                .until(() -> scenario.count("referrals",
                        "select count(*) from event_publication where completion_date is null") == 0);
        Scenario.report("R1", "%d referrals created in %d s (slowest answer %d ms) while Kafka was stopped for %d s; "
                .formatted(count, creating.toSeconds(), slowest, outage.toSeconds())
                + "all %d notifications, each exactly once, %.1f s after the broker returned; no incomplete outbox "
                        .formatted(count, delivered.toMillis() / 1000.0)
                + "publication left");
    }

    @Test
    @Order(3)
    void r3_referralServiceKilledWhilePublishing_everyStoredReferralIsNotifiedExactlyOnce() {
        killWhileReferralsFlow(stack.referrals, "R3", Scenario.size(2, 5), Scenario.size(150, 1000));
    }

    @Test
    @Order(4)
    void r4_notificationServiceKilledRepeatedlyWhileEventsFlow_allProcessedOnceAndTheLagBackToZero() {
        killWhileReferralsFlow(stack.notifications, "R4", Scenario.size(3, 6), Scenario.size(200, 2000));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.stack.kafka().bootstrapServers()))) {
            Awaitility.await("notification-service's consumer lag back to 0").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> lag(admin, "notification-service") == 0);
        }
        Scenario.report("R4", "consumer lag of notification-service back to 0");
    }

    @Test
    @Order(5)
    void r6_aServicesDatabaseAwayFor30s_writesAnswer503AndNothingHalfDone() throws Exception {
        Duration outage = Scenario.size(Duration.ofSeconds(8), Duration.ofSeconds(30));
        String caseId = scenario.caseKnownToReferrals(scenario.token("sam"));
        long rowsBefore = scenario.count("referrals", "select count(*) from referral where case_id = '" + caseId + "'");
        Map<Integer, Integer> statuses = new HashMap<>();
        List<String> createdDuringOutage = new ArrayList<>();
        try (TopicProbe events = TopicProbe.fromNow(stack.stack.kafka().bootstrapServers(), Topics.REFERRAL_EVENTS)) {
            scenario.execute("postgres", "alter database referrals with allow_connections false");
            scenario.execute("postgres",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'referrals'");
            Instant away = Instant.now();
            try {
                // a person retrying every 200 ms, not a load test, for as long as the database is away
                Awaitility.await("the outage").atMost(outage.plusSeconds(60)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(200)).until(() -> {
                            Response created = scenario.referrals.post("/api/referrals", scenario.token("sam"),
                                    scenario.referral(caseId));
                            statuses.merge(created.status(), 1, Integer::sum);
                            if (created.status() == 201) {
                                createdDuringOutage.add(created.json().get("id").asString());
                            } else {
                                assertThat(created.status()).isEqualTo(503);
                                assertThat(created.contentType()).startsWith("application/problem+json");
                                assertThat(created.header("Retry-After")).isNotBlank();
                                assertThat(created.body()).doesNotContain("Exception").doesNotContain("at org.");
                            }
                            return Duration.between(away, Instant.now()).compareTo(outage) >= 0;
                        });
            } finally {
                scenario.execute("postgres", "alter database referrals with allow_connections true");
            }
            Instant restored = Instant.now();
            Response after = Awaitility.await("writes work again").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> scenario.referrals.post("/api/referrals", scenario.token("sam"), scenario.referral(caseId)),
                            r -> r.status() == 201);
            Duration recovery = Duration.between(restored, Instant.now());
            createdDuringOutage.add(after.json().get("id").asString());

            long rowsAfter = scenario.count("referrals",
                    "select count(*) from referral where case_id = '" + caseId + "'");
            assertThat(rowsAfter - rowsBefore).as("a row for every 201, none for a 503")
                    .isEqualTo(createdDuringOutage.size());
            List<ConsumerRecord<String, String>> published = events.awaitUntil(records -> records.stream()
                    .filter(r -> caseId.equals(r.key())).count() >= createdDuringOutage.size(), Duration.ofSeconds(60));
            Set<String> eventIds = new HashSet<>();
            published.stream().filter(r -> caseId.equals(r.key())).forEach(r -> eventIds.add(
                    r.value().replaceAll(".*\"referralId\"\\s*:\\s*\"([^\"]+)\".*", "$1")));
            assertThat(eventIds).as("an event for every row, and no event without its row")
                    .containsExactlyInAnyOrderElementsOf(createdDuringOutage);
            Scenario.report("R6", "referral-service's database refused connections for %d s: answers %s (503 problems "
                    .formatted(outage.toSeconds(), statuses) + "with Retry-After, no 201 without its row); writes "
                    + "worked again %.1f s after; rows = events = %d".formatted(recovery.toMillis() / 1000.0,
                            createdDuringOutage.size()));
        }
    }

    @Test
    @Order(6)
    void r8_eventsOfOneCaseArrivingOutOfOrder_theNewestWinsInEveryReadModel() {
        UUID caseId = UUID.randomUUID();
        Instant opened = Instant.now().minusSeconds(600);
        try (CloudEventSender sender = CloudEventSender.to(stack.stack.kafka().bootstrapServers())) {
            sender.send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, opened,
                    new CaseOpened(caseId, "OPEN", "sam", "palliative-north", opened));
            // the newest of each kind first, then an older one: applied in arrival order, sam and ACTIVE would win
            Instant later = opened.plusSeconds(30);
            Instant earlier = opened.plusSeconds(20);
            sender.send(Topics.CASE_EVENTS, CaseAssigned.TYPE, caseId, later,
                    new CaseAssigned(caseId, "sam", "sara", "palliative-north", later));
            sender.send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, later,
                    new CaseStatusChanged(caseId, "ACTIVE", "DISCHARGED", "sara", "palliative-north", later));
            sender.send(Topics.CASE_EVENTS, CaseAssigned.TYPE, caseId, earlier,
                    new CaseAssigned(caseId, "sara", "sam", "palliative-north", earlier));
            sender.send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, earlier,
                    new CaseStatusChanged(caseId, "OPEN", "ACTIVE", "sam", "palliative-north", earlier));
        }
        String where = " from case_view where case_id = '" + caseId + "'";
        Awaitility.await("both read models").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> scenario.query("referrals", "select assigned_worker || '/' || status" + where,
                                rs -> rs.getString(1)).equals(List.of("sara/DISCHARGED"))
                        && scenario.query("notifications", "select assigned_worker" + where, rs -> rs.getString(1))
                                .equals(List.of("sara")));
        // and they stay so: the older events, read after, undo nothing
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                scenario.query("referrals", "select assigned_worker || '/' || status" + where, rs -> rs.getString(1))
                        .equals(List.of("sara/DISCHARGED")));
        Scenario.report("R8", "opened, then the newest assignment and status change before older ones: referral-"
                + "service and notification-service kept the newest (sara, DISCHARGED); the stale ones were ignored");
    }

    /**
     * Referrals made at a steady pace while the service is killed (SIGKILL) and started again, several times: some
     * publications are caught between the broker's acknowledgement and their completion, and some requests die
     * with the process. What counts is the database: every referral stored has exactly one notification.
     */
    private void killWhileReferralsFlow(org.careloop.localstack.ServiceProcess victim, String scenarioId, int kills,
            int referralsToMake) {
        String caseId = scenario.caseKnownToReferrals(scenario.token("sam"));
        AtomicBoolean stop = new AtomicBoolean();
        List<Integer> failedRequests = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> making = load.submit(() -> {
            int made = 0;
            while (!stop.get() && made < referralsToMake) {
                Response created;
                try {
                    created = scenario.referrals.post("/api/referrals", scenario.token("sam"), scenario.referral(caseId));
                } catch (java.io.UncheckedIOException e) { // the process died under the request, or is starting
                    created = new Response(0, null, "");
                }
                if (created.status() == 201) {
                    made++;
                } else {
                    failedRequests.add(created.status());
                    // the process is down or starting: go on once referral-service says it is ready again
                    Awaitility.await("referral-service ready").atMost(Duration.ofSeconds(120))
                            .pollInterval(Duration.ofMillis(100)).until(() -> stop.get() || scenario.ready(scenario.referrals));
                }
            }
        });
        try {
            for (int i = 0; i < kills; i++) {
                Awaitility.await().pollDelay(Duration.ofMillis(700)).until(() -> true);
                victim.kill();
                victim.restart();
            }
            making.get(java.util.concurrent.TimeUnit.MINUTES.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            stop.set(true);
            load.shutdownNow();
        }
        List<String> stored = scenario.query("referrals", "select id from referral where case_id = '" + caseId + "'",
                rs -> rs.getString(1));
        Instant waitFrom = Instant.now();
        Awaitility.await("a notification for every stored referral").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> scenario.notificationsPerReferral(stored).size() == stored.size());
        Map<String, Long> perReferral = scenario.notificationsPerReferral(stored);
        assertThat(perReferral.values()).as("no duplicate effect").containsOnly(1L);
        Awaitility.await("no incomplete publication").atMost(Duration.ofSeconds(90))
                .until(() -> scenario.count("referrals",
                        "select count(*) from event_publication where completion_date is null") == 0);
        Scenario.report(scenarioId, "%s killed (SIGKILL) and restarted %d times while %d referrals were made "
                .formatted(victim.name(), kills, stored.size()) + "(%d requests failed with the process: %s); "
                        .formatted(failedRequests.size(), Set.copyOf(failedRequests))
                + "every stored referral notified exactly once, the last %.1f s after the load ended"
                        .formatted(Duration.between(waitFrom, Instant.now()).toMillis() / 1000.0));
    }

    private static long lag(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var entry : committed.entrySet()) {
            lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
        }
        return lag;
    }
}
