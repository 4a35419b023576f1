package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.careloop.localstack.ServiceProcess;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.SseClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * R7: a second instance of every service beside the first, sharing their databases and consumer groups. Every
 * effect happens once, the live stream reaches hospice staff on either notification instance, each follow-up
 * reminder is sent once. Runs after the other whole-stack tests: the second instances stay until the stack stops.
 */
@Order(Integer.MAX_VALUE - 1)
class TwoInstancesIntegrationTests {

    private final Scenario scenario = new Scenario();
    private final Stack stack = scenario.stack;

    /** The second instance of each service, started once for this class's tests. */
    private record SecondInstances(ServiceProcess cases, ServiceProcess referrals, ServiceProcess notifications,
            ServiceProcess gateway) {
    }

    private static SecondInstances second;

    private static synchronized SecondInstances second(Stack stack) {
        if (second == null) {
            second = new SecondInstances(stack.stack.startAnotherInstance("cases"),
                    stack.stack.startAnotherInstance("referrals"), stack.stack.startAnotherInstance("notifications"),
                    stack.stack.startAnotherInstance("gateway"));
        }
        return second;
    }

    @Test
    void r7_twoInstancesOfEveryService_everyEffectOnceAndTheStreamOnEither() {
        ServiceProcess cases2 = second(stack).cases();
        ServiceProcess referrals2 = second(stack).referrals();
        ServiceProcess notifications2 = second(stack).notifications();
        ServiceProcess gateway2 = second(stack).gateway();
        List<ApiClient> gateways = List.of(scenario.gateway, new ApiClient(gateway2.url()));
        List<ApiClient> referralServices = List.of(scenario.referrals, new ApiClient(referrals2.url()));
        String sam = scenario.token("sam");
        String hana = scenario.token("hana");
        int count = Scenario.size(40, 400);

        // a case opened on the second case-service is known to both referral-services
        Response opened = new ApiClient(cases2.url()).post("/api/cases", sam, Map.of(
                "patient", Map.of("givenName", "Iris", "familyName", "Okonkwo", "dateOfBirth", "1948-12-01"),
                "diagnosis", Map.of("condition", "Peritoneal mesothelioma")));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        Awaitility.await("the case known to referral-service").atMost(Duration.ofSeconds(60))
                .until(() -> scenario.count("referrals", "select count(*) from case_view where case_id = '"
                        + caseId + "'") == 1);

        try (SseClient onFirst = SseClient.connect(stack.notifications.url() + "/api/notifications/stream", hana)
                .awaitConnected();
                SseClient onSecond = SseClient.connect(notifications2.url() + "/api/notifications/stream", hana)
                        .awaitConnected()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Response created = referralServices.get(i % 2).post("/api/referrals", sam, scenario.referral(caseId));
                assertThat(created.status()).isEqualTo(201);
                ids.add(created.json().get("id").asString());
            }
            Awaitility.await("every notification").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> scenario.notificationsPerReferral(ids).size() == count);
            assertThat(scenario.notificationsPerReferral(ids).values()).as("each exactly once").containsOnly(1L);
            for (SseClient stream : List.of(onFirst, onSecond)) {
                List<SseClient.Event> events = stream.awaitEvents(received -> ids.stream().allMatch(id ->
                        received.stream().anyMatch(e -> e.data().contains(id))), Duration.ofSeconds(30));
                assertThat(ids).allSatisfy(id -> assertThat(events.stream().filter(e -> e.data().contains(id)))
                        .as("the stream shows referral " + id + " once").hasSize(1));
            }
        }
        for (ApiClient gateway : gateways) {
            assertThat(gateway.get("/api/referrals?caseId=" + caseId, sam).json().get("total").asInt())
                    .isEqualTo(count);
        }

        // a follow-up due now is reminded once, though two notification instances sweep every 5 s
        assertThat(gateways.get(1).post("/api/cases/" + caseId + "/family-members", sam, Map.of("name", "Jon Okonkwo",
                "relationship", "son", "bereavementRisk", "HIGH")).status()).isEqualTo(201);
        assertThat(gateways.get(0).post("/api/cases/" + caseId + "/status", sam, Map.of("status", "DECEASED",
                "dateOfDeath", LocalDate.now().minusDays(10).toString())).status()).isEqualTo(200);
        String reminders = "select count(*) from notification where kind = 'FOLLOW_UP_DUE' and link = '/cases/"
                + caseId + "/bereavement'";
        Awaitility.await("the reminder").atMost(Duration.ofSeconds(60)).until(() ->
                scenario.count("notifications", reminders) >= 1);
        Awaitility.await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(20))
                .until(() -> scenario.count("notifications", reminders) == 1); // two more sweeps of each instance
        Scenario.report("R7", "two instances of each service: %d referrals made on both referral-services, each "
                .formatted(count) + "notified exactly once, hana's stream on either notification-service showed "
                + "each once, both gateways answered, the due follow-up reminded once");
    }

    /**
     * Issue 18: a referral nobody answers within its answer time (a stat referral's is 8 s in these tests) is
     * escalated once, though two referral-services sweep every second: the hospice is reminded once, the team's
     * supervisor told once, and both ends list it as overdue. One answered in time is not escalated.
     */
    @Test
    void anUnansweredReferralIsEscalatedOnceWithTwoInstancesOfEveryService() {
        ApiClient gateway2 = new ApiClient(second(stack).gateway().url());
        String sam = scenario.token("sam");
        String hana = scenario.token("hana");
        String sue = scenario.token("sue");
        String caseId = scenario.caseKnownToReferrals(sam);
        Map<String, Object> stat = new java.util.HashMap<>(scenario.referral(caseId));
        stat.put("priority", "stat");
        Response unanswered = scenario.gateway.post("/api/referrals", sam, stat);
        Response answered = gateway2.post("/api/referrals", sam, stat);
        assertThat(unanswered.status()).as(unanswered.toString()).isEqualTo(201);
        assertThat(answered.status()).isEqualTo(201);
        String unansweredId = unanswered.json().get("id").asString();
        String answeredId = answered.json().get("id").asString();
        assertThat(unanswered.json().get("overdue").asBoolean()).isFalse();
        assertThat(unanswered.json().get("answerDueAt").isNull()).isFalse();
        assertThat(gateway2.post("/api/referrals/" + answeredId + "/status", hana, Map.of("status", "accepted"))
                .status()).isEqualTo(200);

        Awaitility.await("both ends list it as overdue").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> scenario.gateway.get("/api/referrals?overdue=true&size=100", hana).body()
                        .contains(unansweredId)
                        && gateway2.get("/api/referrals?overdue=true&size=100", sam).body().contains(unansweredId));
        String reminded = "select count(*) from notification where kind = 'REFERRAL_OVERDUE' and link = '/referrals/"
                + unansweredId + "'";
        String told = "select count(*) from notification where kind = 'REFERRAL_UNANSWERED' and link = '/referrals/"
                + unansweredId + "'";
        Awaitility.await("the hospice reminded, the supervisor told").atMost(Duration.ofSeconds(60))
                .until(() -> scenario.count("notifications", reminded) >= 1 && scenario.count("notifications", told) >= 1);
        // several more sweeps of both instances: still once each
        Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .until(() -> scenario.count("notifications", reminded) == 1
                        && scenario.count("notifications", told) == 1);
        assertThat(scenario.gateway.get("/api/notifications?size=100", sue).body()).contains(unansweredId);
        assertThat(scenario.gateway.get("/api/referrals/" + unansweredId, sam).json().get("overdue").asBoolean())
                .isTrue();
        assertThat(scenario.count("notifications", "select count(*) from notification where link = '/referrals/"
                + answeredId + "' and kind in ('REFERRAL_OVERDUE', 'REFERRAL_UNANSWERED')")).isZero();
        assertThat(gateway2.get("/api/referrals?overdue=true&size=100", hana).body()).doesNotContain(answeredId);
        Scenario.report("R7b", "an unanswered stat referral escalated once with two instances of every service: "
                + "the hospice reminded once, the supervisor told once; the one answered in time not escalated");
    }
}
