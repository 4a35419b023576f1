package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.SseClient;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The main story of CareLoop, through the gateway with real Keycloak tokens: a social worker's case from the first
 * visit to the family's bereavement support, a hospice answering live, another social worker seeing nothing of it,
 * and a service restarted in the middle without anything lost.
 */
class MainStoryIntegrationTests {

    @Test
    void fromTheFirstVisitToTheFamilysBereavementSupport() {
        Stack stack = Stack.get();
        ApiClient gateway = new ApiClient(stack.gateway.url());
        String sam = stack.token("sam");
        String hana = stack.token("hana");
        String sara = stack.token("sara");

        // sam opens the case and records what matters
        Response opened = gateway.post("/api/cases", sam, Map.of(
                "patient", Map.of("givenName", "Agnes", "familyName", "Whitcombe", "dateOfBirth", "1949-08-17"),
                "diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV")));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        assertThat(gateway.post("/api/cases/" + caseId + "/family-members", sam, Map.of("name", "Peter Whitcombe",
                "relationship", "husband", "bereavementRisk", "HIGH", "isPrimaryContact", true)).status())
                .isEqualTo(201);
        assertThat(gateway.put("/api/cases/" + caseId + "/wishes", sam, Map.of("goalsOfCare", "Stay at home",
                "preferredPlaceOfDeath", "HOME")).status()).isEqualTo(200);
        Map<String, Object> fine = Map.of("score", 1);
        assertThat(gateway.post("/api/cases/" + caseId + "/assessments", sam, Map.of("social", fine, "emotional",
                Map.of("score", 3), "spiritual", fine, "family", fine, "financial", fine, "practical", fine))
                .status()).isEqualTo(201);
        assertNothingFor(gateway, sara, caseId, null);

        // hana is listening when sam refers the patient to Sunrise Hospice with consent
        try (SseClient hanasStream = SseClient.connect(stack.gateway.url() + "/api/notifications/stream", hana)
                .awaitConnected()) {
            String referralId = refer(gateway, sam, caseId);
            hanasStream.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId)),
                    Duration.ofSeconds(30));

            // notification-service goes down and comes back while hana answers: nothing is lost
            stack.notifications.close();
            assertThat(gateway.post("/api/referrals/" + referralId + "/status", hana, Map.of("status", "accepted"))
                    .status()).isEqualTo(200);
            stack.notifications.restart();

            Awaitility.await("sam is told of the acceptance").atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.get("/api/notifications?size=100", sam).body()
                            .contains("/referrals/" + referralId));
            Awaitility.await("the timeline shows it").atMost(Duration.ofSeconds(30))
                    .until(() -> timelineKinds(gateway, sam, caseId).contains("REFERRAL_STATUS_CHANGED"));
            assertNothingFor(gateway, sara, caseId, referralId);
        }

        // the patient dies: the husband's bereavement plan starts, the case moves to bereavement
        LocalDate died = LocalDate.now().minusDays(2);
        assertThat(gateway.post("/api/cases/" + caseId + "/status", sam, Map.of("status", "DECEASED",
                "dateOfDeath", died.toString())).status()).isEqualTo(200);
        Awaitility.await("the bereavement plan").atMost(Duration.ofSeconds(30)).until(() -> {
            Response plans = gateway.get("/api/bereavement-plans?caseId=" + caseId, sam);
            return plans.status() == 200 && plans.json().get("items").size() == 1;
        });
        JsonNode plan = gateway.get("/api/bereavement-plans?caseId=" + caseId, sam).json().get("items").get(0);
        assertThat(plan.get("followUps").findValuesAsString("dueOn")).containsExactly(
                died.plusDays(3).toString(), died.plusMonths(3).toString(), died.plusMonths(6).toString(),
                died.plusMonths(9).toString(), died.plusYears(1).minusDays(14).toString(),
                died.plusMonths(13).toString());
        Awaitility.await("the case in bereavement").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/api/cases/" + caseId, sam).json().get("status").asString()
                        .equals("BEREAVEMENT"));
        assertThat(gateway.get("/api/bereavement-plans?caseId=" + caseId, sara).status()).isEqualTo(404);
        assertNothingFor(gateway, sara, caseId, null);
    }

    private static String refer(ApiClient gateway, String token, String caseId) {
        Map<String, Object> request = Map.of("caseId", caseId, "serviceId", "5e4c0000-0000-4000-8000-000000000101",
                "reason", "Wishes to stay at home; needs night nursing", "priority", "urgent",
                "consent", Map.of("obtained", true, "obtainedFrom", "the patient",
                        "obtainedOn", LocalDate.now().toString()));
        Response[] created = new Response[1];
        Awaitility.await("referral-service knows the case").atMost(Duration.ofSeconds(30))
                .until(() -> (created[0] = gateway.post("/api/referrals", token, request)).status() == 201);
        return created[0].json().get("id").asString();
    }

    private static List<String> timelineKinds(ApiClient gateway, String token, String caseId) {
        return gateway.get("/api/cases/" + caseId + "/timeline", token).json().get("items").findValuesAsString("kind");
    }

    /** sara, a social worker of the same team, sees nothing of sam's case or its referral. */
    private static void assertNothingFor(ApiClient gateway, String sara, String caseId, String referralId) {
        assertThat(gateway.get("/api/cases/" + caseId, sara).status()).isEqualTo(404);
        assertThat(gateway.get("/api/cases/" + caseId + "/timeline", sara).status()).isEqualTo(404);
        assertThat(gateway.get("/api/cases?size=100", sara).body()).doesNotContain(caseId);
        assertThat(gateway.get("/api/referrals?size=100", sara).body()).doesNotContain(caseId);
        if (referralId != null) {
            assertThat(gateway.get("/api/referrals/" + referralId, sara).status()).isEqualTo(404);
        }
        assertThat(gateway.get("/api/notifications?size=100", sara).body()).doesNotContain(caseId);
    }

}
