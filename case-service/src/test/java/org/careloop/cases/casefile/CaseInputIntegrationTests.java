package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is a 400 problem naming the field, and nothing is stored. */
class CaseInputIntegrationTests extends CaseServiceIntegrationTest {

    static final String VALID_PATIENT = """
            "patient": {"givenName": "Iris", "familyName": "Moss", "dateOfBirth": "1948-09-02"}""";
    static final String VALID_DIAGNOSIS = """
            "diagnosis": {"condition": "Peritoneal mesothelioma"}""";

    static Stream<Arguments> badCases() {
        return Stream.of(
                Arguments.of("missing patient", "{" + VALID_DIAGNOSIS + "}", "patient"),
                Arguments.of("missing diagnosis", "{" + VALID_PATIENT + "}", "diagnosis"),
                Arguments.of("blank given name", """
                        {"patient": {"givenName": "  ", "familyName": "Moss", "dateOfBirth": "1948-09-02"}, %s}"""
                        .formatted(VALID_DIAGNOSIS), "patient.givenName"),
                Arguments.of("oversized family name", """
                        {"patient": {"givenName": "Iris", "familyName": "%s", "dateOfBirth": "1948-09-02"}, %s}"""
                        .formatted("M".repeat(101), VALID_DIAGNOSIS), "patient.familyName"),
                Arguments.of("date of birth of the wrong type", """
                        {"patient": {"givenName": "Iris", "familyName": "Moss", "dateOfBirth": 1948}, %s}"""
                        .formatted(VALID_DIAGNOSIS), "patient.dateOfBirth"),
                Arguments.of("impossible date", """
                        {"patient": {"givenName": "Iris", "familyName": "Moss", "dateOfBirth": "1948-02-30"}, %s}"""
                        .formatted(VALID_DIAGNOSIS), "patient.dateOfBirth"),
                Arguments.of("birth in the future", """
                        {"patient": {"givenName": "Iris", "familyName": "Moss", "dateOfBirth": "%s"}, %s}"""
                        .formatted(LocalDate.now().plusDays(2), VALID_DIAGNOSIS), "patient.dateOfBirth"),
                Arguments.of("diagnosed before birth", """
                        {%s, "diagnosis": {"condition": "Peritoneal mesothelioma", "diagnosedOn": "1940-01-01"}}"""
                        .formatted(VALID_PATIENT), "diagnosis.diagnosedOn"),
                Arguments.of("a phone number that is not one", """
                        {"patient": {"givenName": "Iris", "familyName": "Moss", "dateOfBirth": "1948-09-02",
                         "phone": "<script>"}, %s}""".formatted(VALID_DIAGNOSIS), "patient.phone"),
                Arguments.of("unknown field", "{" + VALID_PATIENT + ", " + VALID_DIAGNOSIS + ", \"status\": \"CLOSED\"}",
                        "status"),
                Arguments.of("patient as a string", "{\"patient\": \"Iris Moss\", " + VALID_DIAGNOSIS + "}",
                        "patient"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badNewCasesAre400WithTheFieldAndStoreNothing(String name, String body, String field) {
        long before = casesOf("sam");

        Response response = api.send("POST", "/api/cases", token(TestUser.SAM), body, "application/json");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/invalid-request");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "org.careloop");
        assertThat(casesOf("sam")).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
        Response response = api.send("POST", "/api/cases", token(TestUser.SAM), "{\"patient\": {", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("not well-formed JSON");
    }

    @Test
    void anotherMediaTypeIs415() {
        Response response = api.send("POST", "/api/cases", token(TestUser.SAM), "patient=Iris", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aHugeBodyIs413BeforeAnythingReadsIt() {
        String body = "{\"patient\": {\"givenName\": \"" + "x".repeat(2_000_000) + "\"}}";

        Response response = api.send("POST", "/api/cases", token(TestUser.SAM), body, "application/json");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownStatusIs400() {
        UUID id = openCase(TestUser.SAM);

        Response response = api.post("/api/cases/" + id + "/status", token(TestUser.SAM), Map.of("status", "ALIVE"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("status");
        assertThat(response.json().get("errors").findValuesAsString("message").getFirst()).contains("ACTIVE");
        assertThat(caseRow(id).get("status")).isEqualTo("OPEN");
    }

    @Test
    void badQueryParametersAre400WithTheParameter() {
        for (var bad : List.of(List.of("status=ALIVE", "status"), List.of("size=1000", "size"),
                List.of("page=-1", "page"), List.of("sort=diagnosis", "sort"), List.of("sort=openedAt,up", "sort"),
                List.of("q=" + "a".repeat(101), "q"))) {
            Response response = api.get("/api/cases?" + bad.get(0), token(TestUser.SAM));
            assertThat(response.status()).as(bad.get(0) + ": " + response).isEqualTo(400);
            assertThat(response.json().get("errors").findValuesAsString("field")).as(bad.get(0))
                    .contains(bad.get(1));
        }
    }

    @Test
    void aCaseIdThatIsNotAnIdIs400AndAnUnknownPathIs404() {
        Response notAnId = api.get("/api/cases/not-an-id", token(TestUser.SAM));
        Response nowhere = api.get("/api/nowhere", token(TestUser.SAM));

        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("errors").findValuesAsString("field")).containsExactly("id");
        assertThat(nowhere.status()).isIn(403, 404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badFeatureInputIs400AndStoresNothing() {
        UUID id = openCase(TestUser.SAM);
        Map<String, Object> tooHigh = Map.of("score", 4);
        Map<String, Object> fine = Map.of("score", 2);

        Response assessment = api.post("/api/cases/" + id + "/assessments", token(TestUser.SAM), Map.of(
                "social", tooHigh, "emotional", fine, "spiritual", fine, "family", fine, "financial", fine));
        Response family = api.post("/api/cases/" + id + "/family-members", token(TestUser.SAM),
                Map.of("name", "Ada", "relationship", "spouse", "bereavementRisk", "EXTREME", "email", "nope"));
        Response note = api.post("/api/cases/" + id + "/notes", token(TestUser.SAM), Map.of("text", " "));
        Response treatments = api.put("/api/cases/" + id + "/treatment-summary", token(TestUser.SAM),
                Map.of("treatments", List.of(Map.of("kind", "CHEMOTHERAPY", "status", "COMPLETED",
                        "startedOn", "2025-05-01", "endedOn", "2025-04-01"))));
        Response wishes = api.put("/api/cases/" + id + "/wishes", token(TestUser.SAM),
                Map.of("lastReviewedOn", LocalDate.now().plusDays(5).toString()));

        assertThat(assessment.status()).isEqualTo(400);
        assertThat(assessment.json().get("errors").findValuesAsString("field"))
                .contains("social.score", "practical");
        assertThat(family.status()).isEqualTo(400);
        assertThat(family.json().get("errors").findValuesAsString("field")).contains("bereavementRisk");
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.json().get("errors").findValuesAsString("field")).contains("text");
        assertThat(treatments.status()).isEqualTo(400);
        assertThat(treatments.json().get("errors").findValuesAsString("field")).contains("treatments[0].endedOn");
        assertThat(wishes.status()).isEqualTo(400);
        for (String table : List.of("assessment", "family_member", "wishes")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where case_id = :id").param("id", id)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from timeline_entry where case_id = :id and kind <> 'CASE_OPENED'")
                .param("id", id).query(Long.class).single()).isZero();
        assertThat(caseRow(id).get("version")).isEqualTo(0);
    }

    private long casesOf(String worker) {
        return jdbc.sql("select count(*) from care_case where assigned_worker = :w").param("w", worker)
                .query(Long.class).single();
    }
}
