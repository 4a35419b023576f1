package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * B14: the workers a supervisor may hand a case to are the team's social workers as the service knows them, from an
 * endpoint; one who has left the team (seen with another team, or not seen for {@code forget-after}) is not one.
 */
class TeamWorkersIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void aWorkerSeenWithAnotherTeamIsNoLongerOfTheOldTeam() {
        String name = "mover-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser inNorth = new TestUser(name, List.of("social-worker"), "palliative-north", null);
        TestUser inSouth = new TestUser(name, List.of("social-worker"), "palliative-south", null);
        UUID id = openCase(TestUser.SAM);
        assertThat(api.get("/api/cases", token(inNorth)).status()).isEqualTo(200);
        assertThat(workers(TestUser.SUE)).contains(name);

        assertThat(api.get("/api/cases", token(inSouth)).status()).isEqualTo(200);
        Response assigned = api.post("/api/cases/" + id + "/assignment", token(TestUser.SUE), Map.of("worker", name));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(400);
        assertThat(assigned.json().get("errors").findValuesAsString("field")).containsExactly("worker");
        assertThat(workers(TestUser.SUE)).doesNotContain(name);
        assertThat(workers(TestUser.SOL)).contains(name);
    }

    @Test
    void aWorkerNotSeenForTheForgetAfterTimeIsNoLongerOfTheTeam() {
        String name = "away-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser away = new TestUser(name, List.of("social-worker"), "palliative-north", null);
        UUID id = openCase(TestUser.SAM);
        assertThat(api.get("/api/cases", token(away)).status()).isEqualTo(200);
        jdbc.sql("update team_member set last_seen = :long_ago where username = :name")
                .param("long_ago", Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS))).param("name", name)
                .update();

        Response assigned = api.post("/api/cases/" + id + "/assignment", token(TestUser.SUE), Map.of("worker", name));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(400);
        assertThat(workers(TestUser.SUE)).doesNotContain(name).contains("sam");
    }

    @Test
    void onlySupervisorsListTheirTeamsWorkers() {
        assertThat(api.get("/api/cases", token(TestUser.SAM)).status()).isEqualTo(200);
        assertThat(api.get("/api/cases", token(TestUser.NINA)).status()).isEqualTo(200);

        assertThat(workers(TestUser.SUE)).contains("sam").doesNotContain("nina", "sue");
        assertThat(api.get("/api/cases/workers", token(TestUser.SAM)).status()).isEqualTo(403);
        assertThat(api.get("/api/cases/workers", null).status()).isEqualTo(401);
    }

    private List<String> workers(TestUser supervisor) {
        Response response = api.get("/api/cases/workers", token(supervisor));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().findValuesAsString("username");
    }
}
