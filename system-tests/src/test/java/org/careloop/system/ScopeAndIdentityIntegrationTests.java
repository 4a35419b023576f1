package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.careloop.testing.ApiClient.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a person is and what they may see come from their token, and nothing else: a role whose scope claim (team,
 * organization) is missing, blank or malformed is refused everywhere (S10), and a new account given an old
 * username inherits nothing of the old account (S15). People are made in Keycloak's admin API for each test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScopeAndIdentityIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;

    @Test
    @Order(1)
    void s10_aRoleWhoseScopeClaimIsMissingBlankOrMalformedIsRefusedEverywhereAndAudited() {
        String sam = scenario.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        Response sent = scenario.gateway.post("/api/referrals", sam, scenario.referral(caseId));
        assertThat(sent.status()).isEqualTo(201);
        Map<String, Object> draft = new LinkedHashMap<>(scenario.referral(caseId));
        draft.put("draft", true);
        assertThat(scenario.gateway.post("/api/referrals", sam, draft).status()).isEqualTo(201);
        String referralId = sent.json().get("id").asString();
        dieWithAFollowUpDue(sam, caseId);

        String c = "/api/cases/" + caseId;
        List<String> supervisorReads = List.of("/api/cases", c, c + "/timeline", "/api/referrals",
                "/api/referrals/" + referralId, "/api/follow-ups/due", "/api/follow-ups/summary",
                "/api/bereavement-plans?caseId=" + caseId, "/api/notifications");
        Map<String, List<String>> people = new LinkedHashMap<>();
        people.put(newUser("s10-noteam", "supervisor", Map.of()), supervisorReads);
        people.put(newUser("s10-blank", "supervisor", Map.of("team", "   ")), supervisorReads);
        people.put(newUser("s10-odd", "supervisor", Map.of("team", "palliative-north\npalliative-south")),
                supervisorReads);
        people.put(newUser("s10-worker", "social-worker", Map.of()), List.of("/api/cases", "/api/referrals",
                "/api/follow-ups/due", "/api/notifications"));
        people.put(newUser("s10-sunrise", "hospice-staff", Map.of("org_id", "sunrise")), List.of("/api/referrals",
                "/api/referrals/" + referralId, "/api/notifications"));

        SoftAssertions softly = new SoftAssertions();
        Map<String, Long> deniedPerDatabase = new LinkedHashMap<>();
        int calls = 0;
        for (var person : people.entrySet()) {
            String token = stack.stack.keycloak().token(person.getKey(), "s10-password");
            String subject = subjectOf(token);
            Map<String, Long> before = deniedRecords(subject);
            Map<String, Long> expected = new LinkedHashMap<>(before);
            for (String path : person.getValue()) {
                Response response = scenario.gateway.get(path, token);
                softly.assertThat(response.status()).as(person.getKey() + " GET " + path + ": " + response.body())
                        .isEqualTo(403);
                softly.assertThat(response.contentType()).as(person.getKey() + " GET " + path)
                        .startsWith("application/problem+json");
                // the problem's instance names the path asked for; nothing else of the team's data may show
                String beyondThePath = response.body().replace(path.split("\\?")[0], "");
                softly.assertThat(beyondThePath).as(person.getKey() + " GET " + path)
                        .doesNotContain(caseId).doesNotContain(referralId).doesNotContain("Okonkwo")
                        .doesNotContain("Night support");
                expected.merge(databaseOf(path), 1L, Long::sum);
                calls++;
            }
            Map<String, Long> after = deniedRecords(subject);
            softly.assertThat(after).as(person.getKey() + ": one DENIED audit record per refused call, by database")
                    .isEqualTo(expected);
            after.forEach((database, n) -> deniedPerDatabase.merge(database, n - before.get(database), Long::sum));
        }
        softly.assertAll();
        Scenario.report("S10", "%d people with a missing, blank or malformed team or org_id (supervisors, a social "
                .formatted(people.size()) + "worker, hospice staff) made %d reads of lists and records: all 403 "
                .formatted(calls) + "problem with nothing of the team's data; DENIED audit records " + deniedPerDatabase);
    }

    /** The case's patient died ten days ago with a family member: the first follow-up is due. */
    private static void dieWithAFollowUpDue(String sam, String caseId) {
        assertThat(scenario.gateway.post("/api/cases/" + caseId + "/family-members", sam, Map.of("name",
                "Ada Okonkwo", "relationship", "daughter", "bereavementRisk", "HIGH")).status()).isEqualTo(201);
        assertThat(scenario.gateway.post("/api/cases/" + caseId + "/status", sam, Map.of("status", "DECEASED",
                "dateOfDeath", LocalDate.now().minusDays(10).toString())).status()).isEqualTo(200);
        Awaitility.await("a follow-up due on case " + caseId).atMost(Duration.ofSeconds(60))
                .until(() -> scenario.gateway.get("/api/follow-ups/due", sam).body().contains(caseId));
    }

    private static String databaseOf(String path) {
        if (path.startsWith("/api/cases")) {
            return "cases";
        }
        return path.startsWith("/api/referrals") ? "referrals" : "notifications";
    }

    private static Map<String, Long> deniedRecords(String subject) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String database : List.of("cases", "referrals", "notifications")) {
            counts.put(database, scenario.count(database, "select count(*) from audit_record where subject = '"
                    + subject + "' and outcome = 'DENIED'"));
        }
        return counts;
    }

    /**
     * A person made in Keycloak with one realm role and these attributes (mapped to the token's claims by the
     * realm), password {@code s10-password}. Returns the username.
     */
    static String newUser(String prefix, String role, Map<String, String> attributes) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, role, attributes, "s10-password");
        return username;
    }

    /** Creates the user and returns their id in Keycloak (the tokens' {@code sub}). */
    static String createUser(String username, String role, Map<String, String> attributes, String password) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.org");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", "Person");
        Map<String, List<String>> claims = new LinkedHashMap<>();
        attributes.forEach((name, value) -> claims.put(name, List.of(value)));
        user.put("attributes", claims);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = stack.stack.keycloak().admin("POST", "/admin/realms/careloop/users",
                JSON.writeValueAsString(user));
        assertThat(created.statusCode()).as("Keycloak made " + username + ": " + created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String roleJson = stack.stack.keycloak().admin("GET", "/admin/realms/careloop/roles/" + role, null).body();
        HttpResponse<String> mapped = stack.stack.keycloak().admin("POST", "/admin/realms/careloop/users/" + id
                + "/role-mappings/realm", "[" + roleJson + "]");
        assertThat(mapped.statusCode()).as("role " + role + " for " + username).isEqualTo(204);
        return id;
    }

    static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode claims = JSON.readTree(payload);
        return claims.get("sub").asString();
    }

    static List<String> ids(Response list) {
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
