package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseAccessIntegrationTests extends CaseServiceIntegrationTest {

    record Call(String name, String method, String path, Object body) {
    }

    static List<Call> callsOn(UUID id) {
        return List.of(
                new Call("read", "GET", "/api/cases/" + id, null),
                new Call("change status", "POST", "/api/cases/" + id + "/status", Map.of("status", "ACTIVE")),
                new Call("treatment summary", "PUT", "/api/cases/" + id + "/treatment-summary",
                        Map.of("treatments", List.of())),
                new Call("add family member", "POST", "/api/cases/" + id + "/family-members",
                        Map.of("name", "Ada Hale", "relationship", "spouse", "bereavementRisk", "HIGH")),
                new Call("list family", "GET", "/api/cases/" + id + "/family-members", null),
                new Call("record assessment", "POST", "/api/cases/" + id + "/assessments", assessment()),
                new Call("list assessments", "GET", "/api/cases/" + id + "/assessments", null),
                new Call("put wishes", "PUT", "/api/cases/" + id + "/wishes", Map.of("goalsOfCare", "comfort")),
                new Call("read wishes", "GET", "/api/cases/" + id + "/wishes", null),
                new Call("add note", "POST", "/api/cases/" + id + "/notes", Map.of("text", "Visited at home")),
                new Call("read timeline", "GET", "/api/cases/" + id + "/timeline", null));
    }

    static Map<String, Object> assessment() {
        Map<String, Object> domain = Map.of("score", 1, "notes", "coping");
        return Map.of("social", domain, "emotional", domain, "spiritual", domain, "family", domain,
                "financial", domain, "practical", domain);
    }

    static Stream<String> callNames() {
        return callsOn(UUID.randomUUID()).stream().map(Call::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callNames")
    void anotherWorkerOrAnotherTeamGets404AndChangesNothing(String callName) {
        UUID id = openCase(TestUser.SAM);
        Call call = find(id, callName);
        Map<String, Object> before = caseRow(id);
        long timelineBefore = count("timeline_entry", id);

        for (TestUser stranger : List.of(TestUser.SARA, TestUser.NINA, TestUser.SOL)) {
            Response response = send(call, stranger);
            assertThat(response.status()).as("%s by %s: %s", callName, stranger.username(), response).isEqualTo(404);
            assertThat(response.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/case-not-found");
            assertThat(response.body()).doesNotContain("Walter", "Hale", "mesothelioma");
        }
        assertThat(caseRow(id)).isEqualTo(before);
        assertThat(count("timeline_entry", id)).isEqualTo(timelineBefore);
        assertThat(count("family_member", id)).isZero();
        assertThat(count("assessment", id)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callNames")
    void theOwnerAndTheTeamSupervisorMayDoEverything(String callName) {
        for (TestUser allowed : List.of(TestUser.SAM, TestUser.SUE)) {
            UUID id = openCase(TestUser.SAM);
            Response response = send(find(id, callName), allowed);
            assertThat(response.status()).as("%s by %s: %s", callName, allowed.username(), response).isBetween(200, 201);
        }
    }

    @Test
    void listsShowOnlyWhatThePersonMaySee() {
        UUID samsCase = openCase(TestUser.SAM);
        UUID sarasCase = openCase(TestUser.SARA);
        UUID ninasCase = openCase(TestUser.NINA);

        assertThat(listedIds(TestUser.SAM)).contains(samsCase).doesNotContain(sarasCase, ninasCase);
        assertThat(listedIds(TestUser.SARA)).contains(sarasCase).doesNotContain(samsCase, ninasCase);
        assertThat(listedIds(TestUser.SUE)).contains(samsCase, sarasCase).doesNotContain(ninasCase);
        assertThat(listedIds(TestUser.SOL)).contains(ninasCase).doesNotContain(samsCase, sarasCase);

        Response asSara = api.get("/api/cases?assignedTo=sam&size=100", token(TestUser.SARA));
        assertThat(asSara.json().get("total").asLong()).isZero();
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        UUID id = openCase(TestUser.SAM);
        for (String path : List.of("/api/cases", "/api/cases/" + id, "/api/cases/" + id + "/timeline")) {
            Response response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void rolesThatDoNotWorkWithCasesGet403() {
        UUID id = openCase(TestUser.SAM);
        for (TestUser user : List.of(TestUser.HANA, TestUser.CARL, TestUser.ADAM)) {
            assertThat(api.get("/api/cases/" + id, token(user)).status()).isEqualTo(403);
            assertThat(api.get("/api/cases", token(user)).status()).isEqualTo(403);
            Response open = api.post("/api/cases", token(user), openCaseRequest("Nora", "Quill"));
            assertThat(open.status()).isEqualTo(403);
            assertThat(open.contentType()).startsWith("application/problem+json");
        }
        assertThat(caseRow(id).get("status")).isEqualTo("OPEN");
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Function<TestIssuer, String>) i -> i.expiredToken(TestUser.SAM)),
                Arguments.of("wrong issuer", (Function<TestIssuer, String>) i ->
                        i.tokenFromIssuer(TestUser.SAM, "http://127.0.0.1:1/realms/elsewhere")),
                Arguments.of("wrong audience", (Function<TestIssuer, String>) i ->
                        i.tokenForAudience(TestUser.SAM, "some-other-api")),
                Arguments.of("tampered", (Function<TestIssuer, String>) i -> i.tamperedToken(TestUser.SAM)),
                Arguments.of("alg none", (Function<TestIssuer, String>) i -> i.unsignedToken(TestUser.SAM)),
                Arguments.of("HS256 keyed with the public key",
                        (Function<TestIssuer, String>) i -> i.hmacWithPublicKeyToken(TestUser.SAM)),
                Arguments.of("signed by an unknown key",
                        (Function<TestIssuer, String>) i -> i.tokenSignedByStranger(TestUser.SAM)),
                Arguments.of("garbage", (Function<TestIssuer, String>) i -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokensAre401(String kind, Function<TestIssuer, String> token) {
        UUID id = openCase(TestUser.SAM);

        Response read = api.get("/api/cases/" + id, token.apply(issuer));
        Response change = changeStatusWith(token.apply(issuer), id);

        assertThat(read.status()).as(read.toString()).isEqualTo(401);
        assertThat(change.status()).as(change.toString()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(caseRow(id).get("status")).isEqualTo("OPEN");
    }

    @Test
    void aSupervisorReassignsWithinTheTeam() {
        UUID id = openCase(TestUser.SAM);
        api.get("/api/cases", token(TestUser.SARA)); // sara has signed in once

        Response response = api.post("/api/cases/" + id + "/assignment", token(TestUser.SUE),
                Map.of("worker", "sara"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("assignedWorker").asString()).isEqualTo("sara");
        assertThat(api.get("/api/cases/" + id, token(TestUser.SARA)).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + id, token(TestUser.SAM)).status()).isEqualTo(404);
    }

    @Test
    void onlyASupervisorReassignsAndOnlyToAWorkerOfTheTeam() {
        UUID id = openCase(TestUser.SAM);
        api.get("/api/cases", token(TestUser.NINA)); // nina is known, but of another team

        Response bySam = api.post("/api/cases/" + id + "/assignment", token(TestUser.SAM), Map.of("worker", "sara"));
        Response toNina = api.post("/api/cases/" + id + "/assignment", token(TestUser.SUE), Map.of("worker", "nina"));
        Response toNobody = api.post("/api/cases/" + id + "/assignment", token(TestUser.SUE),
                Map.of("worker", "nobody-" + UUID.randomUUID()));

        assertThat(bySam.status()).isEqualTo(403);
        assertThat(toNina.status()).isEqualTo(400);
        assertThat(toNina.json().get("errors").findValuesAsString("field")).containsExactly("worker");
        assertThat(toNobody.status()).isEqualTo(400);
        assertThat(caseRow(id).get("assigned_worker")).isEqualTo("sam");
    }

    @Test
    void aSocialWorkerCannotOpenACaseForSomeoneElseButASupervisorCan() {
        api.get("/api/cases", token(TestUser.SARA));
        Map<String, Object> forSara = openCaseRequest("Nora", "Quill");
        forSara.put("assignedWorker", "sara");

        Response bySam = api.post("/api/cases", token(TestUser.SAM), forSara);
        Response bySue = api.post("/api/cases", token(TestUser.SUE), forSara);
        Response bySueForNobody = api.post("/api/cases", token(TestUser.SUE), openCaseRequest("Nora", "Quill"));

        assertThat(bySam.status()).isEqualTo(403);
        assertThat(bySue.status()).as(bySue.toString()).isEqualTo(201);
        assertThat(bySue.json().get("assignedWorker").asString()).isEqualTo("sara");
        assertThat(bySue.json().get("team").asString()).isEqualTo("palliative-north");
        assertThat(bySue.header("Location")).endsWith("/api/cases/" + bySue.json().get("id").asString());
        assertThat(bySueForNobody.status()).isEqualTo(400);
    }

    private List<UUID> listedIds(TestUser user) {
        Response response = api.get("/api/cases?size=100&sort=openedAt,desc", token(user));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("id").stream().map(UUID::fromString).toList();
    }

    private Response changeStatusWith(String token, UUID id) {
        return api.post("/api/cases/" + id + "/status", token, Map.of("status", "ACTIVE"));
    }

    private Response send(Call call, TestUser user) {
        return switch (call.method()) {
            case "GET" -> api.get(call.path(), token(user));
            case "POST" -> api.post(call.path(), token(user), call.body());
            case "PUT" -> api.put(call.path(), token(user), call.body());
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    private static Call find(UUID id, String name) {
        return callsOn(id).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private long count(String table, UUID caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }
}
