package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.localstack.DemoData;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

/**
 * CareLoop end to end: real Keycloak tokens through the gateway to each service process, and the loops that cross
 * the services over Kafka (a referral answered, a death that starts the family's bereavement plans).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeStackIntegrationTests {


    Stack stack;
    ApiClient gateway;

    @BeforeAll
    void start() {
        stack = Stack.get();
        gateway = new ApiClient(stack.gateway.url());
    }

    @Test
    void everyDemoUsersTokenReachesEachServiceWithTheAnswersOfTheirRole() {
        Map<String, String> tokens = Map.of("sam", stack.token("sam"), "sue", stack.token("sue"),
                "hana", stack.token("hana"), "adam", stack.token("adam"), "carl", stack.token("carl"),
                "sara", stack.token("sara"));

        expect(tokens.get("sam"), 200, "/api/cases", "/api/referrals", "/api/notifications",
                "/api/directory/services", "/api/follow-ups/due");
        expect(tokens.get("sue"), 200, "/api/cases", "/api/referrals", "/api/follow-ups/due");
        expect(tokens.get("hana"), 200, "/api/referrals", "/api/notifications", "/api/directory/services");
        expect(tokens.get("hana"), 403, "/api/cases", "/api/follow-ups/due");
        expect(tokens.get("carl"), 403, "/api/cases");
        expect(tokens.get("adam"), 403, "/api/cases", "/api/referrals");
        expect(tokens.get("sara"), 200, "/api/cases");
        assertThat(gateway.post("/api/directory/organizations", tokens.get("adam"),
                Map.of("name", "Harbour Lights Respite")).status()).isEqualTo(201);
        assertThat(gateway.post("/api/directory/organizations", tokens.get("sam"),
                Map.of("name", "Not mine to add")).status()).isEqualTo(403);

        String foreign = TestIssuer.startStandalone().token(org.careloop.testing.TestUser.SAM);
        for (ApiClient api : List.of(gateway, new ApiClient(stack.cases.url()), new ApiClient(stack.referrals.url()),
                new ApiClient(stack.notifications.url()))) {
            assertThat(api.get(path(api), null).status()).isEqualTo(401);
            assertThat(api.get(path(api), foreign).status()).isEqualTo(401);
            assertThat(api.get(path(api), tokens.get("sam")).status()).isEqualTo(200);
        }
    }

    @Test
    void theGatewayServesEachServicesApiDocumentAndTheSwaggerUi() {
        for (var document : Map.of("cases", "/api/cases", "referrals", "/api/referrals/{id}/status",
                "notifications", "/api/notifications/stream").entrySet()) {
            Response response = gateway.get("/v3/api-docs/" + document.getKey(), null);
            assertThat(response.status()).as(document.getKey()).isEqualTo(200);
            assertThat(response.json().get("paths").has(document.getValue())).as(document.getKey()).isTrue();
        }
        Response ui = gateway.send("GET", "/swagger-ui/index.html", null, null, null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void aReferralClosesTheLoopAcrossTheServices() {
        String sam = stack.token("sam");
        String hana = stack.token("hana");
        UUID caseId = openCase(sam, "Edith", "Marlowe");

        Response referral = awaitReferral(sam, caseId);
        String referralId = referral.json().get("id").asString();

        Awaitility.await("hana is told").atMost(Duration.ofSeconds(30))
                .until(() -> inbox(hana).contains("/referrals/" + referralId));
        assertThat(gateway.post("/api/referrals/" + referralId + "/status", hana, Map.of("status", "accepted"))
                .status()).isEqualTo(200);
        Awaitility.await("sam is told").atMost(Duration.ofSeconds(30))
                .until(() -> inbox(sam).contains("Referral accepted"));
        Awaitility.await("the case timeline shows it").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/api/cases/" + caseId + "/timeline", sam).json().get("items")
                        .findValuesAsString("kind").contains("REFERRAL_STATUS_CHANGED"));
        assertThat(gateway.get("/api/referrals/" + referralId, stack.token("carl")).status()).isEqualTo(404);
    }

    @Test
    void aDeathStartsTheFamilysBereavementPlanAndTheCaseMovesToBereavement() {
        String sam = stack.token("sam");
        UUID caseId = openCase(sam, "Harold", "Pym");
        assertThat(gateway.post("/api/cases/" + caseId + "/family-members", sam, Map.of("name", "Margaret Pym",
                "relationship", "spouse", "bereavementRisk", "HIGH")).status()).isEqualTo(201);

        assertThat(gateway.post("/api/cases/" + caseId + "/status", sam, Map.of("status", "DECEASED",
                "dateOfDeath", LocalDate.now().minusDays(1).toString())).status()).isEqualTo(200);

        Awaitility.await("the family's plan").atMost(Duration.ofSeconds(30)).until(() -> {
            Response plans = gateway.get("/api/bereavement-plans?caseId=" + caseId, sam);
            return plans.status() == 200 && plans.json().get("items").size() == 1;
        });
        JsonNode plan = gateway.get("/api/bereavement-plans?caseId=" + caseId, sam).json().get("items").get(0);
        assertThat(plan.get("risk").asString()).isEqualTo("HIGH");
        assertThat(plan.get("followUps").get(0).get("dueOn").asString())
                .isEqualTo(LocalDate.now().minusDays(1).plusDays(3).toString());
        Awaitility.await("the case in bereavement").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/api/cases/" + caseId, sam).json().get("status").asString()
                        .equals("BEREAVEMENT"));
    }

    private UUID openCase(String token, String given, String family) {
        Response opened = gateway.post("/api/cases", token, Map.of(
                "patient", Map.of("givenName", given, "familyName", family, "dateOfBirth", "1946-04-02"),
                "diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return UUID.fromString(opened.json().get("id").asString());
    }

    /** referral-service learns of the case from its event: a few milliseconds after it was opened. */
    private Response awaitReferral(String token, UUID caseId) {
        Map<String, Object> request = Map.of("caseId", caseId.toString(), "serviceId", DemoData.HOME_HOSPICE,
                "reason", "Wants to die at home", "priority", "urgent", "consent", Map.of("obtained", true,
                        "obtainedFrom", "the patient", "obtainedOn", LocalDate.now().toString()));
        Response[] created = new Response[1];
        Awaitility.await("the referral is accepted by referral-service").atMost(Duration.ofSeconds(30))
                .until(() -> {
                    created[0] = gateway.post("/api/referrals", token, request);
                    return created[0].status() == 201;
                });
        return created[0];
    }

    private String inbox(String token) {
        return gateway.get("/api/notifications?size=100", token).body();
    }

    private void expect(String token, int status, String... paths) {
        for (String path : paths) {
            assertThat(gateway.get(path, token).status()).as(path).isEqualTo(status);
        }
    }

    /** A path each front answers for sam: the gateway and case-service serve cases, the others their own. */
    private String path(ApiClient api) {
        if (api.baseUrl().equals(stack.referrals.url())) {
            return "/api/referrals";
        }
        if (api.baseUrl().equals(stack.notifications.url())) {
            return "/api/notifications";
        }
        return "/api/cases";
    }
}
