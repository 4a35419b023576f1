package org.careloop.notifications.bereavement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * B15: the caseload's attention badges counted the due follow-ups of a list capped at 500, so a large caseload
 * silently missed some. The count per case has no cap: one row per case, however many follow-ups are due.
 */
class DueFollowUpsPerCaseIntegrationTests extends NotificationServiceIntegrationTest {

    @Test
    void everyDueFollowUpIsCountedPerCaseBeyondTheListsCap() {
        UUID big = caseOf(TestUser.SAM, 530);
        UUID small = caseOf(TestUser.SAM, 2);
        UUID saras = caseOf(TestUser.SARA, 1);

        Map<UUID, Long> sams = perCase(TestUser.SAM);
        assertThat(sams).containsEntry(big, 530L).containsEntry(small, 2L).doesNotContainKey(saras);
        assertThat(perCase(TestUser.SUE)).containsEntry(big, 530L).containsEntry(small, 2L).containsEntry(saras, 1L);
        assertThat(perCase(TestUser.NINA)).doesNotContainKeys(big, small, saras);

        assertThat(api.get("/api/follow-ups/due/per-case", null).status()).isEqualTo(401);
        assertThat(api.get("/api/follow-ups/due/per-case", token(TestUser.HANA)).status()).isEqualTo(403);
        Response bad = api.get("/api/follow-ups/due/per-case?before=tomorrow", token(TestUser.SAM));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    private Map<UUID, Long> perCase(TestUser user) {
        Response response = api.get("/api/follow-ups/due/per-case?before=" + LocalDate.now().plusDays(1),
                token(user));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<UUID, Long> counts = new HashMap<>();
        for (JsonNode row : response.json()) {
            counts.put(UUID.fromString(row.get("caseId").asString()), row.get("due").asLong());
        }
        return counts;
    }

    /** A case of the worker whose patient died, with one family member's plan and that many follow-ups due. */
    private UUID caseOf(TestUser worker, int due) {
        UUID caseId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        Date died = Date.valueOf(LocalDate.now().minusMonths(2));
        jdbc.sql("""
                insert into case_view (case_id, assigned_worker, assigned_worker_sub, team, assigned_at, date_of_death)
                values (:id, :worker, :sub, :team, :at, :died)
                """).param("id", caseId).param("worker", worker.username()).param("sub", worker.subject())
                .param("team", worker.team()).param("at", now).param("died", died).update();
        jdbc.sql("""
                insert into bereavement_plan (id, case_id, family_member_id, relationship, risk, status, date_of_death,
                    activated_at, version)
                values (:id, :case, :member, 'spouse', 'HIGH', 'ACTIVE', :died, :at, 0)
                """).param("id", planId).param("case", caseId).param("member", UUID.randomUUID())
                .param("died", died).param("at", now).update();
        for (int seq = 1; seq <= due; seq++) {
            jdbc.sql("""
                    insert into follow_up (id, plan_id, seq, kind, due_on, status)
                    values (:id, :plan, :seq, 'THREE_MONTHS', :due, 'PENDING')
                    """).param("id", UUID.randomUUID()).param("plan", planId).param("seq", seq)
                    .param("due", Date.valueOf(LocalDate.now().minusDays(1))).update();
        }
        return caseId;
    }
}
