package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.events.bereavement.v1.PlanActivated;
import org.careloop.events.bereavement.v1.PlanCompleted;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.CloudEventSender;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** After a death: corrections, a death entered in error, and the family's bereavement plans. */
class DeathAndBereavementIntegrationTests extends CaseServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate DIED = LocalDate.now().minusDays(5);

    @Test
    void aCorrectedDateOfDeathIsPublishedAndShownOnTheTimeline() {
        UUID id = deceasedCase();
        try (TopicProbe probe = TopicProbe.open(Topics.CASE_EVENTS)) {
            Response corrected = api.put("/api/cases/" + id + "/date-of-death", token(TestUser.SAM),
                    Map.of("dateOfDeath", DIED.minusDays(1).toString(), "reason", "hospital record said the 3rd"));

            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(corrected.json().get("dateOfDeath").asString()).isEqualTo(DIED.minusDays(1).toString());
            ConsumerRecord<String, String> event = typed(probe.awaitUntil(records -> has(records, id,
                    "careloop.case.death-date-corrected.v1"), Duration.ofSeconds(20)), id,
                    "careloop.case.death-date-corrected.v1");
            JsonNode data = JSON.readTree(event.value());
            assertThat(data.get("previousDateOfDeath").asString()).isEqualTo(DIED.toString());
            assertThat(data.get("dateOfDeath").asString()).isEqualTo(DIED.minusDays(1).toString());
        }
        assertThat(kinds(id)).first().isEqualTo("DATE_OF_DEATH_CORRECTED");
        assertThat(api.put("/api/cases/" + id + "/date-of-death", token(TestUser.SAM),
                Map.of("dateOfDeath", LocalDate.now().plusDays(1).toString())).status()).isEqualTo(400);
        assertThat(api.put("/api/cases/" + openCase(TestUser.SAM) + "/date-of-death", token(TestUser.SAM),
                Map.of("dateOfDeath", DIED.toString())).status()).isEqualTo(409);
    }

    @Test
    void aDeathEnteredInErrorPutsTheCaseBackAndTellsTheOthers() {
        UUID id = openCase(TestUser.SAM);
        assertThat(changeStatus(TestUser.SAM, id, "ACTIVE", null).status()).isEqualTo(200);
        assertThat(changeStatus(TestUser.SAM, id, "DECEASED", DIED.toString()).status()).isEqualTo(200);
        try (TopicProbe probe = TopicProbe.open(Topics.CASE_EVENTS)) {
            Response restored = api.post("/api/cases/" + id + "/death-entered-in-error", token(TestUser.SAM),
                    Map.of("reason", "recorded on the wrong patient's case"));

            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
            assertThat(restored.json().get("status").asString()).isEqualTo("ACTIVE");
            assertThat(restored.json().get("dateOfDeath").isNull()).isTrue();
            probe.awaitUntil(records -> has(records, id, "careloop.case.death-entered-in-error.v1")
                    && has(records, id, "careloop.case.status-changed.v1"), Duration.ofSeconds(20));
        }
        assertThat(api.post("/api/cases/" + id + "/death-entered-in-error", token(TestUser.SAM),
                Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(api.post("/api/cases/" + id + "/death-entered-in-error", token(TestUser.SARA),
                Map.of("reason", "not mine")).status()).isEqualTo(404);
    }

    @Test
    void theFirstPlanMovesTheCaseToBereavementAndItClosesOnlyWhenEveryPlanHasEnded() {
        UUID id = deceasedCase();
        UUID spousePlan = UUID.randomUUID();
        UUID daughterPlan = UUID.randomUUID();
        Instant at = Instant.now();
        try (CloudEventSender notificationService = CloudEventSender.toSharedBroker()) {
            notificationService.send(Topics.BEREAVEMENT_EVENTS, PlanActivated.TYPE, id, at,
                    new PlanActivated(spousePlan, id, UUID.randomUUID(), "HIGH", DIED, 6, at));
            notificationService.send(Topics.BEREAVEMENT_EVENTS, PlanActivated.TYPE, id, at,
                    new PlanActivated(daughterPlan, id, UUID.randomUUID(), "LOW", DIED, 6, at));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "BEREAVEMENT".equals(caseRow(id)
                    .get("status")) && plans(id) == 2);

            assertThat(changeStatus(TestUser.SAM, id, "CLOSED", null).status()).isEqualTo(409);

            notificationService.send(Topics.BEREAVEMENT_EVENTS, PlanCompleted.TYPE, id, at.plusSeconds(5),
                    new PlanCompleted(spousePlan, id, UUID.randomUUID(), "completed", at.plusSeconds(5)));
            notificationService.send(Topics.BEREAVEMENT_EVENTS, PlanCompleted.TYPE, id, at.plusSeconds(5),
                    new PlanCompleted(daughterPlan, id, UUID.randomUUID(), "declined", at.plusSeconds(5)));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> openPlans(id) == 0);
        }

        assertThat(changeStatus(TestUser.SAM, id, "CLOSED", null).status()).isEqualTo(200);
        assertThat(kinds(id)).contains("BEREAVEMENT_PLAN_ACTIVATED", "BEREAVEMENT_PLAN_ENDED");
    }

    @Test
    void aCaseClosesAfterADeathOnlyWithAnEndedPlanForEveryFamilyMemberOrNoBereavementSupportAndAReason() {
        UUID id = deceasedCase();
        assertThat(changeStatus(TestUser.SAM, id, "BEREAVEMENT", null).status()).isEqualTo(200);

        Response closedWithNoPlan = changeStatus(TestUser.SAM, id, "CLOSED", null);

        assertThat(closedWithNoPlan.status()).as(closedWithNoPlan.toString()).isEqualTo(400);
        assertThat(closedWithNoPlan.json().get("errors").findValuesAsString("field"))
                .containsExactly("noBereavementSupport");
        Response theCase = api.get("/api/cases/" + id, token(TestUser.SAM));
        assertThat(theCase.json().get("allowedTransitions").get(0).get("requires").values().stream()
                .map(JsonNode::asString).toList()).containsExactly("noBereavementSupport");
        assertThat(api.post("/api/cases/" + id + "/status", token(TestUser.SAM), Map.of("status", "CLOSED",
                "noBereavementSupport", Map.of("reason", " "))).status()).isEqualTo(400);

        Response closed = api.post("/api/cases/" + id + "/status", token(TestUser.SAM), Map.of("status", "CLOSED",
                "noBereavementSupport", Map.of("reason", "no family; the neighbour declined any contact")));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aPlanThatStartsAfterTheCaseWasClosedReopensItInBereavement() {
        UUID id = deceasedCase();
        assertThat(changeStatus(TestUser.SAM, id, "BEREAVEMENT", null).status()).isEqualTo(200);
        assertThat(api.post("/api/cases/" + id + "/status", token(TestUser.SAM), Map.of("status", "CLOSED",
                "noBereavementSupport", Map.of("reason", "family lives abroad"))).status()).isEqualTo(200);
        Instant at = Instant.now();
        try (CloudEventSender notificationService = CloudEventSender.toSharedBroker()) {
            notificationService.send(Topics.BEREAVEMENT_EVENTS, PlanActivated.TYPE, id, at,
                    new PlanActivated(UUID.randomUUID(), id, UUID.randomUUID(), "HIGH", DIED, 6, at));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> plans(id) == 1);
        }

        assertThat(caseRow(id).get("status")).isEqualTo("BEREAVEMENT");
        assertThat(kinds(id)).contains("BEREAVEMENT_PLAN_ACTIVATED", "STATUS_CHANGED");
    }

    private UUID deceasedCase() {
        UUID id = openCase(TestUser.SAM);
        assertThat(changeStatus(TestUser.SAM, id, "DECEASED", DIED.toString()).status()).isEqualTo(200);
        return id;
    }

    private long plans(UUID id) {
        return jdbc.sql("select count(*) from bereavement_plan_view where case_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private long openPlans(UUID id) {
        return jdbc.sql("select count(*) from bereavement_plan_view where case_id = :id and status = 'active'")
                .param("id", id).query(Long.class).single();
    }

    private List<String> kinds(UUID id) {
        return api.get("/api/cases/" + id + "/timeline", token(TestUser.SAM)).json().get("items")
                .findValuesAsString("kind");
    }

    private static boolean has(List<ConsumerRecord<String, String>> records, UUID id, String type) {
        return records.stream().anyMatch(r -> id.toString().equals(r.key())
                && type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE)));
    }

    private static ConsumerRecord<String, String> typed(List<ConsumerRecord<String, String>> records, UUID id,
            String type) {
        return records.stream().filter(r -> id.toString().equals(r.key())
                && type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE))).findFirst().orElseThrow();
    }
}
