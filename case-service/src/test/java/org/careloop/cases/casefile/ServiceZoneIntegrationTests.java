package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * B13: every date rule counts "today" in the configured zone ({@code CARELOOP_ZONE}), whatever the JVM's, with no
 * slack day, and the service says which today that is. Kiritimati is UTC+14: its today is not the JVM's most hours.
 */
@TestPropertySource(properties = "careloop.cases.zone=Pacific/Kiritimati")
class ServiceZoneIntegrationTests extends CaseServiceIntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");

    @Test
    void theServiceSaysWhichTodayItCountsAndTheTreatmentRuleKeepsIt() {
        Response today = api.get("/api/cases/today", token(TestUser.SAM));
        assertThat(today.status()).as(today.toString()).isEqualTo(200);
        assertThat(today.json().get("zone").asString()).isEqualTo("Pacific/Kiritimati");
        LocalDate serviceToday = LocalDate.parse(today.json().get("date").asString());
        assertThat(serviceToday).isIn(LocalDate.now(ZONE), LocalDate.now(ZONE).minusDays(1));

        UUID id = openCase(TestUser.SAM);
        Response endsToday = treatmentEnding(id, serviceToday);
        Response endsTomorrow = treatmentEnding(id, serviceToday.plusDays(1));

        assertThat(endsToday.status()).as(endsToday.toString()).isEqualTo(200);
        assertThat(endsTomorrow.status()).as(endsTomorrow.toString()).isEqualTo(400);
        assertThat(endsTomorrow.json().get("errors").findValuesAsString("field"))
                .containsExactly("treatments[0].endedOn");
        assertThat(api.get("/api/cases/today", null).status()).isEqualTo(401);
    }

    private Response treatmentEnding(UUID id, LocalDate endedOn) {
        return api.put("/api/cases/" + id + "/treatment-summary", token(TestUser.SAM), Map.of("treatments",
                List.of(Map.of("kind", "CHEMOTHERAPY", "status", "COMPLETED", "startedOn", "2025-07-01",
                        "endedOn", endedOn.toString()))));
    }
}
