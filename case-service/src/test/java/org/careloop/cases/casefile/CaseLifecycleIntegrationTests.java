package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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

class CaseLifecycleIntegrationTests extends CaseServiceIntegrationTest {

    static final String DEATH = LocalDate.now().minusDays(2).toString();

    /** How to bring a freshly opened case to each status. */
    static List<CaseStatus> pathTo(CaseStatus status) {
        return switch (status) {
            case OPEN -> List.of();
            case ACTIVE -> List.of(CaseStatus.ACTIVE);
            case DECEASED -> List.of(CaseStatus.DECEASED);
            case BEREAVEMENT -> List.of(CaseStatus.DECEASED, CaseStatus.BEREAVEMENT);
            case CLOSED -> List.of(CaseStatus.DECEASED, CaseStatus.BEREAVEMENT, CaseStatus.CLOSED);
            case DISCHARGED -> List.of(CaseStatus.DISCHARGED);
            case TRANSFERRED -> List.of(CaseStatus.TRANSFERRED);
        };
    }

    static Stream<Arguments> allowed() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : from.next()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> forbidden() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                if (!from.canMoveTo(to)) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowed")
    void everyAllowedTransitionWorks(CaseStatus from, CaseStatus to) {
        UUID id = caseIn(from);

        Response response = move(id, from, to);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo(to.name());
        assertThat(caseRow(id).get("status")).isEqualTo(to.name());
        if (to == CaseStatus.DECEASED) {
            assertThat(response.json().get("dateOfDeath").asString()).isEqualTo(DEATH);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbidden")
    void everyForbiddenTransitionIsAConflictAndChangesNothing(CaseStatus from, CaseStatus to) {
        UUID id = caseIn(from);
        Map<String, Object> before = caseRow(id);
        long timelineBefore = timelineSize(id);

        Response response = changeStatus(TestUser.SAM, id, to.name(), to == CaseStatus.DECEASED ? DEATH : null);

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/forbidden-transition");
        assertThat(caseRow(id)).isEqualTo(before);
        assertThat(timelineSize(id)).isEqualTo(timelineBefore);
    }

    @Test
    void aDeathNeedsADateThatIsNeitherInTheFutureNorBeforeBirth() {
        UUID id = openCase(TestUser.SAM);
        Map<String, Object> before = caseRow(id);

        assertFieldError(changeStatus(TestUser.SAM, id, "DECEASED", null), "dateOfDeath");
        assertFieldError(changeStatus(TestUser.SAM, id, "DECEASED", LocalDate.now().plusDays(3).toString()),
                "dateOfDeath");
        assertFieldError(changeStatus(TestUser.SAM, id, "DECEASED", "1950-01-01"), "dateOfDeath");
        assertFieldError(changeStatus(TestUser.SAM, id, "ACTIVE", DEATH), "dateOfDeath");

        assertThat(caseRow(id)).isEqualTo(before);
    }

    @Test
    void theSupervisorOfTheTeamMayMoveACaseToo() {
        UUID id = openCase(TestUser.SAM);

        Response response = changeStatus(TestUser.SUE, id, "ACTIVE", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(caseRow(id).get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aCaseOffersTheMovesItsStatusAllowsAndWhatEachNeeds() {
        UUID id = openCase(TestUser.SAM);

        Response opened = api.get("/api/cases/" + id, token(TestUser.SAM));
        Response deceased = changeStatus(TestUser.SAM, id, "DECEASED", DEATH);

        assertThat(opened.json().get("allowedTransitions").toString()).isEqualTo("""
                [{"status":"ACTIVE","requires":[]},{"status":"DECEASED","requires":["dateOfDeath"]},\
                {"status":"TRANSFERRED","requires":[]},{"status":"DISCHARGED","requires":[]}]""");
        assertThat(deceased.json().get("allowedTransitions").toString())
                .isEqualTo("[{\"status\":\"BEREAVEMENT\",\"requires\":[]}]");
        Response listed = api.get("/api/cases?size=100", token(TestUser.SAM));
        assertThat(listed.json().get("items").findValues("allowedTransitions")).isNotEmpty()
                .allSatisfy(transitions -> assertThat(transitions.isArray()).isTrue());
    }

    private void assertFieldError(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    private UUID caseIn(CaseStatus status) {
        UUID id = openCase(TestUser.SAM);
        CaseStatus at = CaseStatus.OPEN;
        for (CaseStatus step : pathTo(status)) {
            Response response = move(id, at, step);
            at = step;
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        return id;
    }

    /**
     * One move with what it must carry: the date of death, and (B7) closing after a death with no bereavement plan
     * known says that no bereavement support is needed, and why.
     */
    private Response move(UUID id, CaseStatus from, CaseStatus to) {
        if (from == CaseStatus.BEREAVEMENT && to == CaseStatus.CLOSED) {
            return api.post("/api/cases/" + id + "/status", token(TestUser.SAM), Map.of("status", "CLOSED",
                    "noBereavementSupport", Map.of("reason", "no family to support")));
        }
        return changeStatus(TestUser.SAM, id, to.name(), to == CaseStatus.DECEASED ? DEATH : null);
    }

    private long timelineSize(UUID id) {
        return jdbc.sql("select count(*) from timeline_entry where case_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
