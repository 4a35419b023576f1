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

    @Test
    void r7_twoInstancesOfEveryService_everyEffectOnceAndTheStreamOnEither() {
        ServiceProcess cases2 = stack.stack.startAnotherInstance("cases");
        ServiceProcess referrals2 = stack.stack.startAnotherInstance("referrals");
        ServiceProcess notifications2 = stack.stack.startAnotherInstance("notifications");
        ServiceProcess gateway2 = stack.stack.startAnotherInstance("gateway");
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
}
