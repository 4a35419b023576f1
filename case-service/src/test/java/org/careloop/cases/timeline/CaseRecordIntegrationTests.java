package org.careloop.cases.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What a social worker records on a case, and the timeline that tells it back. */
class CaseRecordIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void familyMembersWithBereavementRiskAndOnePrimaryContact() {
        UUID id = openCase(TestUser.SAM);

        Response spouse = addFamily(id, Map.of("name", "Ada Hale", "relationship", "Spouse", "bereavementRisk",
                "HIGH", "isPrimaryContact", true, "isCaregiver", true, "phone", "+1 555 0101",
                "email", "ada@example.org"));
        Response daughter = addFamily(id, Map.of("name", "Beth Hale", "relationship", "daughter",
                "bereavementRisk", "MODERATE", "isPrimaryContact", true));

        assertThat(spouse.status()).isEqualTo(201);
        assertThat(spouse.header("Location")).contains("/api/cases/" + id + "/family-members/");
        assertThat(daughter.status()).isEqualTo(201);
        JsonNode family = api.get("/api/cases/" + id + "/family-members", token(TestUser.SAM)).json();
        assertThat(family.size()).isEqualTo(2);
        assertThat(family.get(0).get("relationship").asString()).isEqualTo("spouse");
        assertThat(family.get(0).get("bereavementRisk").asString()).isEqualTo("HIGH");
        assertThat(family.get(0).get("isCaregiver").asBoolean()).isTrue();
        assertThat(family.get(0).get("isPrimaryContact").asBoolean()).isFalse();
        assertThat(family.get(1).get("isPrimaryContact").asBoolean()).isTrue();
    }

    @Test
    void assessmentsAreKeptOverTimeOldestFirst() {
        UUID id = openCase(TestUser.SAM);

        Response later = assess(id, LocalDate.now().toString(), 3);
        Response earlier = assess(id, LocalDate.now().minusDays(30).toString(), 1);

        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(earlier.status()).isEqualTo(201);
        JsonNode assessments = api.get("/api/cases/" + id + "/assessments", token(TestUser.SAM)).json();
        assertThat(assessments.size()).isEqualTo(2);
        assertThat(assessments.get(0).get("emotional").get("score").asInt()).isEqualTo(1);
        assertThat(assessments.get(1).get("emotional").get("score").asInt()).isEqualTo(3);
        assertThat(assessments.get(1).get("spiritual").get("notes").asString()).isEqualTo("asks about meaning");
        assertThat(assessments.get(1).get("recordedBy").asString()).isEqualTo("sam");
    }

    @Test
    void wishesAreEmptyUntilRecordedThenReplacedAsAWhole() {
        UUID id = openCase(TestUser.SAM);
        assertThat(api.get("/api/cases/" + id + "/wishes", token(TestUser.SAM)).json().get("goalsOfCare").isNull())
                .isTrue();

        Response first = api.put("/api/cases/" + id + "/wishes", token(TestUser.SAM), Map.of(
                "goalsOfCare", "Comfort at home, time with grandchildren",
                "healthCareProxy", Map.of("name", "Ada Hale", "relationship", "spouse", "phone", "+1 555 0101"),
                "polstStatus", "COMFORT_FOCUSED", "codeStatus", "DNR", "preferredPlaceOfDeath", "HOME",
                "spiritualPreferences", "Visit from the parish chaplain", "lastReviewedOn",
                LocalDate.now().toString()));
        Response second = api.put("/api/cases/" + id + "/wishes", token(TestUser.SUE), Map.of(
                "goalsOfCare", "Comfort at the hospice", "preferredPlaceOfDeath", "HOSPICE_FACILITY"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("healthCareProxy").get("name").asString()).isEqualTo("Ada Hale");
        JsonNode wishes = api.get("/api/cases/" + id + "/wishes", token(TestUser.SAM)).json();
        assertThat(second.status()).isEqualTo(200);
        assertThat(wishes.get("goalsOfCare").asString()).isEqualTo("Comfort at the hospice");
        assertThat(wishes.get("preferredPlaceOfDeath").asString()).isEqualTo("HOSPICE_FACILITY");
        assertThat(wishes.get("healthCareProxy").isNull()).isTrue();
        assertThat(wishes.get("updatedBy").asString()).isEqualTo("sue");
    }

    @Test
    void theTreatmentSummaryTravelsWithTheCase() {
        UUID id = openCase(TestUser.SAM);

        Response response = api.put("/api/cases/" + id + "/treatment-summary", token(TestUser.SAM), Map.of(
                "treatments", List.of(
                        Map.of("kind", "CHEMOTHERAPY", "status", "COMPLETED", "startedOn", "2025-07-01",
                                "endedOn", "2025-11-01", "notes", "pemetrexed and cisplatin"),
                        Map.of("kind", "THORACENTESIS", "status", "ONGOING"),
                        Map.of("kind", "PLEURODESIS", "status", "PLANNED")),
                "symptomMedications", List.of("morphine for breathlessness"),
                "holisticTherapies", List.of("MUSIC_THERAPY", "REIKI")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode summary = api.get("/api/cases/" + id, token(TestUser.SAM)).json().get("treatmentSummary");
        assertThat(summary.get("treatments").findValuesAsString("kind"))
                .containsExactly("CHEMOTHERAPY", "THORACENTESIS", "PLEURODESIS");
        assertThat(summary.get("holisticTherapies").get(1).asString()).isEqualTo("REIKI");
        assertThat(summary.get("updatedBy").asString()).isEqualTo("sam");
    }

    @Test
    void theTimelineTellsEverythingNewestFirstAndPages() {
        UUID id = openCase(TestUser.SAM);
        assertThat(changeStatus(TestUser.SAM, id, "ACTIVE", null).status()).isEqualTo(200);
        addFamily(id, Map.of("name", "Ada Hale", "relationship", "spouse", "bereavementRisk", "LOW"));
        assess(id, null, 2);
        Response note = api.post("/api/cases/" + id + "/notes", token(TestUser.SAM),
                Map.of("text", "Family meeting: wishes to stay at home"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(changeStatus(TestUser.SUE, id, "DECEASED", LocalDate.now().toString()).status()).isEqualTo(200);

        JsonNode timeline = api.get("/api/cases/" + id + "/timeline", token(TestUser.SAM)).json();

        assertThat(timeline.get("items").findValuesAsString("kind")).containsExactly("PATIENT_DIED",
                "STATUS_CHANGED", "NOTE", "ASSESSMENT_RECORDED", "FAMILY_MEMBER_ADDED", "STATUS_CHANGED",
                "CASE_OPENED");
        assertThat(timeline.get("total").asLong()).isEqualTo(7);
        assertThat(timeline.get("items").get(1).get("actor").asString()).isEqualTo("sue");
        assertThat(timeline.get("items").get(1).get("detail").get("to").asString()).isEqualTo("DECEASED");
        assertThat(timeline.get("items").get(2).get("text").asString()).isEqualTo(
                "Family meeting: wishes to stay at home");
        JsonNode secondPage = api.get("/api/cases/" + id + "/timeline?size=5&page=1", token(TestUser.SAM)).json();
        assertThat(secondPage.get("items").findValuesAsString("kind")).containsExactly("STATUS_CHANGED",
                "CASE_OPENED");
    }

    private Response addFamily(UUID id, Map<String, Object> member) {
        return api.post("/api/cases/" + id + "/family-members", token(TestUser.SAM), member);
    }

    private Response assess(UUID id, String on, int emotional) {
        Map<String, Object> calm = Map.of("score", 0);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("social", calm,
                "emotional", Map.of("score", emotional, "notes", "anxious about breathlessness"),
                "spiritual", Map.of("score", 2, "notes", "asks about meaning"), "family", calm, "financial",
                Map.of("score", 3, "notes", "lost income; asbestos trust claim not filed"), "practical", calm));
        if (on != null) {
            body.put("assessedOn", on);
        }
        return api.post("/api/cases/" + id + "/assessments", token(TestUser.SAM), body);
    }
}
