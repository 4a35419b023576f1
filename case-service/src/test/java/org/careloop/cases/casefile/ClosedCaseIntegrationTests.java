package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** B6: a CLOSED case is read only: every write through the API is a 409 problem {@code case-closed}. */
class ClosedCaseIntegrationTests extends CaseServiceIntegrationTest {

    static final LocalDate DIED = LocalDate.now().minusDays(5);

    @ParameterizedTest
    @ValueSource(strings = {"family-member", "assessment", "wishes", "note", "treatment-summary", "date-of-death"})
    void everyWriteToAClosedCaseIs409CaseClosed(String write) {
        UUID id = closedCaseAfterADeath();
        long timelineBefore = count("timeline_entry", id);

        Response response = write(write, id);

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/case-closed");
        assertThat(caseRow(id).get("status")).isEqualTo("CLOSED");
        assertThat(caseRow(id).get("date_of_death").toString()).isEqualTo(DIED.toString());
        assertThat(count("timeline_entry", id)).isEqualTo(timelineBefore);
    }

    private Response write(String write, UUID id) {
        String path = "/api/cases/" + id;
        String sam = token(TestUser.SAM);
        Map<String, Object> score = Map.of("score", 1);
        return switch (write) {
            case "family-member" -> api.post(path + "/family-members", sam,
                    Map.of("name", "Ada Hale", "relationship", "spouse", "bereavementRisk", "HIGH"));
            case "assessment" -> api.post(path + "/assessments", sam, Map.of("social", score, "emotional", score,
                    "spiritual", score, "family", score, "financial", score, "practical", score));
            case "wishes" -> api.put(path + "/wishes", sam, Map.of("goalsOfCare", "Comfort at home"));
            case "note" -> api.post(path + "/notes", sam, Map.of("text", "Called the daughter"));
            case "treatment-summary" -> api.put(path + "/treatment-summary", sam,
                    Map.of("treatments", List.of(Map.of("kind", "CHEMOTHERAPY", "status", "COMPLETED"))));
            case "date-of-death" -> api.put(path + "/date-of-death", sam,
                    Map.of("dateOfDeath", DIED.minusDays(1).toString(), "reason", "hospital record"));
            default -> throw new IllegalArgumentException(write);
        };
    }

    /** A case whose patient died and which was closed afterwards (its bereavement follow-up is not the point). */
    private UUID closedCaseAfterADeath() {
        UUID id = openCase(TestUser.SAM);
        assertThat(changeStatus(TestUser.SAM, id, "DECEASED", DIED.toString()).status()).isEqualTo(200);
        jdbc.sql("update care_case set status = 'CLOSED' where id = :id").param("id", id).update();
        return id;
    }

    private long count(String table, UUID caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }
}
