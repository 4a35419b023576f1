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
import org.careloop.servers.ApiClient.Response;
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

    @Test
    @Order(2)
    void s15_aNewAccountGivenAnOldUsernameInheritsNothingOfTheOldAccount() {
        String username = "s15-" + UUID.randomUUID().toString().substring(0, 8);
        String oldId = createUser(username, "social-worker", Map.of("team", "palliative-north"), "old-password");
        String old = stack.stack.keycloak().token(username, "old-password");
        String caseId = scenario.caseKnownToReferrals(old);
        Response referral = scenario.gateway.post("/api/referrals", old, scenario.referral(caseId));
        assertThat(referral.status()).isEqualTo(201);
        String referralId = referral.json().get("id").asString();
        String hana = scenario.token("hana");
        Awaitility.await("hana is told of the referral").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.gateway.get("/api/notifications?size=100", hana).body().contains(referralId));
        assertThat(scenario.gateway.post("/api/referrals/" + referralId + "/status", hana, Map.of("status",
                "accepted")).status()).isEqualTo(200);
        dieWithAFollowUpDue(old, caseId);
        Awaitility.await("the old account is told that the referral was answered").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.gateway.get("/api/notifications?size=100", old).body().contains(referralId));
        String oldNotifications = scenario.gateway.get("/api/notifications?size=100", old).body();

        // the account is deleted, and a new one is made with the same username and team
        assertThat(stack.stack.keycloak().admin("DELETE", "/admin/realms/careloop/users/" + oldId, null)
                .statusCode()).isEqualTo(204);
        String newId = createUser(username, "social-worker", Map.of("team", "palliative-north"), "new-password");
        assertThat(newId).isNotEqualTo(oldId);
        String renewed = stack.stack.keycloak().token(username, "new-password");
        assertThat(subjectOf(renewed)).isEqualTo(newId);

        SoftAssertions softly = new SoftAssertions();
        String c = "/api/cases/" + caseId;
        softly.assertThat(scenario.gateway.get("/api/cases?size=100", renewed).body()).as("the new caseload")
                .doesNotContain(caseId);
        softly.assertThat(scenario.gateway.get("/api/referrals?size=100", renewed).body()).as("the new referrals")
                .doesNotContain(referralId);
        softly.assertThat(scenario.gateway.get("/api/follow-ups/due", renewed).body()).as("the new follow-ups")
                .doesNotContain(caseId);
        String newNotifications = scenario.gateway.get("/api/notifications?size=100", renewed).body();
        softly.assertThat(newNotifications).as("the new inbox").doesNotContain(referralId).doesNotContain(caseId);
        int reads = 4;
        for (String path : List.of(c, c + "/timeline", c + "/family-members", "/api/referrals/" + referralId,
                "/api/bereavement-plans?caseId=" + caseId)) {
            softly.assertThat(scenario.gateway.get(path, renewed).status()).as("the new account: GET " + path)
                    .isEqualTo(404);
            reads++;
        }
        // the old data is intact and the supervisor still sees it
        String sue = scenario.token("sue");
        softly.assertThat(scenario.gateway.get(c, sue).status()).as("sue reads the case").isEqualTo(200);
        softly.assertThat(scenario.gateway.get(c, sue).body()).contains("\"assignedWorker\":\"" + username + "\"");
        softly.assertThat(scenario.gateway.get("/api/referrals?caseId=" + caseId, sue).body()).contains(referralId);
        softly.assertThat(scenario.gateway.get("/api/follow-ups/due", sue).body()).contains(caseId);
        softly.assertThat(oldNotifications).contains(referralId);
        softly.assertThat(scenario.count("notifications", "select count(*) from notification where link = "
                + "'/referrals/" + referralId + "'")).as("the old notifications are kept").isPositive();
        // a supervisor names people by username: the name now means the new account, for new work only
        Response reassigned = scenario.gateway.post(c + "/assignment", sue, Map.of("worker", username));
        softly.assertThat(reassigned.status()).as("sue hands the case to the new account").isEqualTo(200);
        Awaitility.await("the new account holds the case it was handed").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.gateway.get(c, renewed).status() == 200);
        Response unknown = scenario.gateway.post(c + "/assignment", sue, Map.of("worker", "nobody-" + username));
        softly.assertThat(unknown.status()).as("an unknown name: " + unknown.body()).isEqualTo(400);
        softly.assertAll();
        Scenario.report("S15", ("a social worker's account deleted in Keycloak and a new one made with the same "
                + "username and team: %d reads by the new account (caseload, referrals, due follow-ups, inbox, the "
                + "case, its timeline and family, the referral, the bereavement plans) showed nothing of the old "
                + "account's; the supervisor still saw the case, its referral and its due follow-up; handing the "
                + "case to the username reached the new account; an unknown username 400").formatted(reads));
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
