package org.careloop.notifications.bereavement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.DeathDateCorrected;
import org.careloop.events.cases.v1.DeathEnteredInError;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A death activates a plan per family member, on the schedule; corrections and errors change it. */
class BereavementPlansIntegrationTests extends NotificationServiceIntegrationTest {

    static final LocalDate DIED = LocalDate.of(2026, 1, 31);

    @Test
    void aDeathActivatesAPlanPerFamilyMemberOnTheScheduleOfTheirRisk() {
        UUID caseId = caseOf(TestUser.SAM);
        UUID spouse = familyMember(caseId, "spouse", "HIGH");
        UUID son = familyMember(caseId, "son", "MODERATE");
        UUID friend = familyMember(caseId, "friend", "LOW");
        try (TopicProbe probe = TopicProbe.open(Topics.BEREAVEMENT_EVENTS)) {
            died(caseId, DIED);

            Map<UUID, JsonNode> plans = awaitPlans(caseId, 3);
            assertThat(dueDates(plans.get(spouse))).containsExactly("2026-02-03", "2026-04-30", "2026-07-31",
                    "2026-10-31", "2027-01-17", "2027-02-28");
            assertThat(dueDates(plans.get(son))).first().isEqualTo("2026-02-14");
            assertThat(dueDates(plans.get(friend))).first().isEqualTo("2026-02-28");
            assertThat(plans.get(spouse).get("followUps").findValuesAsString("kind")).containsExactly("FIRST_CONTACT",
                    "THREE_MONTHS", "SIX_MONTHS", "NINE_MONTHS", "ANNIVERSARY", "CLOSING");
            assertThat(plans.get(spouse).get("status").asString()).isEqualTo("ACTIVE");

            var activated = probe.awaitUntil(records -> records.stream().filter(r -> caseId.toString().equals(r.key()))
                    .count() >= 3, Duration.ofSeconds(20));
            assertThat(activated.stream().filter(r -> caseId.toString().equals(r.key())))
                    .extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE))
                    .containsOnly("careloop.bereavement.plan-activated.v1");
        }
    }

    @Test
    void aCorrectedDateMovesOpenFollowUpsAndAnErrorCancelsThePlans() {
        UUID caseId = caseOf(TestUser.SAM);
        UUID spouse = familyMember(caseId, "spouse", "HIGH");
        died(caseId, DIED);
        awaitPlans(caseId, 1);

        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, DeathDateCorrected.TYPE, caseId, at, new DeathDateCorrected(caseId, DIED,
                DIED.minusDays(1), "sam", "palliative-north", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                dueDates(awaitPlans(caseId, 1).get(spouse)).getFirst().equals("2026-02-02"));
        assertThat(dueDates(awaitPlans(caseId, 1).get(spouse))).containsExactly("2026-02-02", "2026-04-30",
                "2026-07-30", "2026-10-30", "2027-01-16", "2027-02-28");

        events().send(Topics.CASE_EVENTS, DeathEnteredInError.TYPE, caseId, at.plusSeconds(1),
                new DeathEnteredInError(caseId, "ACTIVE", "sam", "palliative-north", at.plusSeconds(1)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                awaitPlans(caseId, 1).get(spouse).get("status").asString().equals("CANCELLED"));
        assertThat(awaitPlans(caseId, 1).get(spouse).get("followUps").findValuesAsString("status"))
                .containsOnly("CANCELLED");
    }

    @Test
    void aDeathRecordedAgainAfterAnErrorActivatesNewPlansAndKeepsTheCancelledOnes() {
        UUID caseId = caseOf(TestUser.SAM);
        UUID spouse = familyMember(caseId, "spouse", "HIGH");
        died(caseId, DIED);
        String cancelled = awaitPlans(caseId, 1).get(spouse).get("id").asString();
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, DeathEnteredInError.TYPE, caseId, at,
                new DeathEnteredInError(caseId, "ACTIVE", "sam", "palliative-north", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                awaitPlans(caseId, 1).get(spouse).get("status").asString().equals("CANCELLED"));

        try (TopicProbe probe = TopicProbe.open(Topics.BEREAVEMENT_EVENTS)) {
            Instant again = at.plusSeconds(1);
            events().send(Topics.CASE_EVENTS, PatientDied.TYPE, caseId, again,
                    new PatientDied(caseId, DIED.plusDays(2), "sam", "palliative-north", again,
                            TestUser.SAM.subject()));

            List<JsonNode> plans = new java.util.ArrayList<>();
            Awaitility.await("a new plan").atMost(Duration.ofSeconds(20)).until(() -> {
                plans.clear();
                api.get("/api/bereavement-plans?caseId=" + caseId, token(TestUser.SAM)).json().get("items")
                        .forEach(plans::add);
                return plans.size() == 2;
            });
            assertThat(plans).extracting(p -> p.get("status").asString())
                    .containsExactlyInAnyOrder("CANCELLED", "ACTIVE");
            JsonNode active = plans.stream().filter(p -> p.get("status").asString().equals("ACTIVE")).findFirst()
                    .orElseThrow();
            assertThat(active.get("id").asString()).isNotEqualTo(cancelled);
            assertThat(active.get("familyMemberId").asString()).isEqualTo(spouse.toString());
            assertThat(active.get("dateOfDeath").asString()).isEqualTo(DIED.plusDays(2).toString());
            assertThat(active.get("followUps").findValuesAsString("status")).containsOnly("PENDING");

            var activated = probe.awaitUntil(records -> records.stream().anyMatch(r -> caseId.toString()
                    .equals(r.key()) && r.value().contains(active.get("id").asString())), Duration.ofSeconds(20));
            assertThat(activated.stream().filter(r -> r.value().contains(active.get("id").asString())))
                    .extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE))
                    .containsExactly("careloop.bereavement.plan-activated.v1");
        }
    }

    @Test
    void aFamilyMemberRecordedAfterTheDeathJoinsThePlans() {
        UUID caseId = caseOf(TestUser.SAM);
        familyMember(caseId, "spouse", "LOW");
        died(caseId, DIED);
        awaitPlans(caseId, 1);

        UUID granddaughter = familyMember(caseId, "granddaughter", "HIGH");

        assertThat(awaitPlans(caseId, 2).get(granddaughter).get("risk").asString()).isEqualTo("HIGH");
    }

    @Test
    void outcomesRetryALetterAndEndThePlan() {
        UUID caseId = caseOf(TestUser.SAM);
        UUID spouse = familyMember(caseId, "spouse", "HIGH");
        UUID sister = familyMember(caseId, "sister", "LOW");
        died(caseId, DIED);
        Map<UUID, JsonNode> plans = awaitPlans(caseId, 2);
        String plan = plans.get(spouse).get("id").asString();
        String first = plans.get(spouse).get("followUps").get(0).get("id").asString();

        JsonNode noAnswer = outcome(plan, first, "no-answer").json();
        assertThat(noAnswer.get("status").asString()).isEqualTo("DONE");
        JsonNode retry = followUp(caseId, spouse, "RETRY");
        assertThat(retry.get("dueOn").asString()).isEqualTo(LocalDate.now(clock).plusDays(3).toString());
        outcome(plan, retry.get("id").asString(), "no-answer");
        assertThat(followUp(caseId, spouse, "LETTER").get("dueOn").asString())
                .isEqualTo(LocalDate.now(clock).plusDays(1).toString());
        assertThat(outcome(plan, first, "completed").status()).isEqualTo(409);

        String sisterPlan = plans.get(sister).get("id").asString();
        outcome(sisterPlan, plans.get(sister).get("followUps").get(0).get("id").asString(), "declined");
        JsonNode declined = awaitPlans(caseId, 2).get(sister);
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("followUps").findValuesAsString("status")).containsOnly("DONE", "CANCELLED");

        for (JsonNode followUp : awaitPlans(caseId, 2).get(spouse).get("followUps")) {
            if (followUp.get("status").asString().equals("PENDING")) {
                assertThat(outcome(plan, followUp.get("id").asString(), "completed").status()).isEqualTo(200);
            }
        }
        assertThat(awaitPlans(caseId, 2).get(spouse).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void onlyTheOwnerAndTheSupervisorSeeAPlan() {
        UUID caseId = caseOf(TestUser.SAM);
        familyMember(caseId, "spouse", "HIGH");
        died(caseId, DIED);
        String plan = awaitPlans(caseId, 1).values().iterator().next().get("id").asString();

        assertThat(api.get("/api/bereavement-plans/" + plan, token(TestUser.SUE)).status()).isEqualTo(200);
        assertThat(api.get("/api/bereavement-plans/" + plan, token(TestUser.SARA)).status()).isEqualTo(404);
        assertThat(api.get("/api/bereavement-plans?caseId=" + caseId, token(TestUser.SOL)).status()).isEqualTo(404);
        assertThat(api.get("/api/bereavement-plans/" + plan, token(TestUser.HANA)).status()).isEqualTo(403);
        assertThat(outcomeAs(TestUser.SARA, plan, UUID.randomUUID().toString(), "completed").status()).isEqualTo(404);
        assertThat(outcome(plan, UUID.randomUUID().toString(), "maybe").status()).isEqualTo(400);
    }

    @Test
    void theSummaryCountsFollowUpsDoneOnTimeDoneLateAndOverdue() {
        JsonNode mine = summary(TestUser.SAM);
        JsonNode team = summary(TestUser.SUE);
        JsonNode otherTeam = summary(TestUser.NINA);
        UUID caseId = caseOf(TestUser.SAM);
        UUID spouse = familyMember(caseId, "spouse", "HIGH"); // first contact 3 days after: 17 days ago
        UUID son = familyMember(caseId, "son", "MODERATE"); // 14 days after: 6 days ago
        UUID daughter = familyMember(caseId, "daughter", "HIGH");
        familyMember(caseId, "sister", "LOW"); // a month after: not due yet
        died(caseId, LocalDate.now(clock).minusDays(20));
        Map<UUID, JsonNode> plans = awaitPlans(caseId, 4);
        for (UUID member : List.of(spouse, son)) {
            JsonNode first = plans.get(member).get("followUps").get(0);
            assertThat(outcome(plans.get(member).get("id").asString(), first.get("id").asString(), "completed")
                    .status()).isEqualTo(200);
        }
        assertThat(plans.get(daughter).get("followUps").get(0).get("status").asString()).isEqualTo("PENDING");

        assertThat(change(mine, summary(TestUser.SAM))).containsExactly(2L, 1L, 1L);
        assertThat(change(team, summary(TestUser.SUE))).containsExactly(2L, 1L, 1L);
        assertThat(change(otherTeam, summary(TestUser.NINA))).containsExactly(0L, 0L, 0L);
        assertThat(summary(TestUser.SAM).get("graceDays").asInt()).isEqualTo(7);
        assertThat(api.get("/api/follow-ups/summary", token(TestUser.HANA)).status()).isEqualTo(403);
    }

    @Test
    void onlyAFollowUpThatReachedTheFamilyMemberCountsAsDoneOnTime() {
        JsonNode mine = summary(TestUser.SAM);
        UUID caseId = caseOf(TestUser.SAM);
        Map<String, UUID> members = new HashMap<>();
        for (String outcome : List.of("completed", "declined", "skipped", "no-answer")) {
            members.put(outcome, familyMember(caseId, "relative", "MODERATE")); // first contact: 6 days ago
        }
        died(caseId, LocalDate.now(clock).minusDays(20));
        Map<UUID, JsonNode> plans = awaitPlans(caseId, 4);
        members.forEach((outcome, member) -> {
            JsonNode first = plans.get(member).get("followUps").get(0);
            assertThat(outcome(plans.get(member).get("id").asString(), first.get("id").asString(), outcome).status())
                    .isEqualTo(200);
        });

        assertThat(change(mine, summary(TestUser.SAM))).as("done, done on time, overdue")
                .containsExactly(4L, 2L, 0L);
    }

    private JsonNode summary(TestUser user) {
        Response response = api.get("/api/follow-ups/summary", token(user));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> change(JsonNode before, JsonNode after) {
        return List.of("done", "doneOnTime", "overdue").stream()
                .map(field -> after.get(field).asLong() - before.get(field).asLong()).toList();
    }

    private UUID caseOf(TestUser worker) {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(600);
        events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, at,
                new CaseOpened(caseId, "OPEN", worker.username(), worker.team(), at, worker.subject()));
        return caseId;
    }

    private UUID familyMember(UUID caseId, String relationship, String risk) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, FamilyMemberAdded.TYPE, caseId, at,
                new FamilyMemberAdded(caseId, id, relationship, risk, at));
        return id;
    }

    private void died(UUID caseId, LocalDate date) {
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, PatientDied.TYPE, caseId, at,
                new PatientDied(caseId, date, "sam", "palliative-north", at, TestUser.SAM.subject()));
    }

    private Map<UUID, JsonNode> awaitPlans(UUID caseId, int count) {
        Map<UUID, JsonNode> plans = new HashMap<>();
        Awaitility.await("%d plans".formatted(count)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    plans.clear();
                    Response response = api.get("/api/bereavement-plans?caseId=" + caseId, token(TestUser.SAM));
                    if (response.status() != 200) {
                        return false;
                    }
                    response.json().get("items").forEach(p -> plans.put(
                            UUID.fromString(p.get("familyMemberId").asString()), p));
                    return plans.size() >= count;
                });
        return plans;
    }

    private JsonNode followUp(UUID caseId, UUID member, String kind) {
        for (JsonNode followUp : awaitPlans(caseId, 1).get(member).get("followUps")) {
            if (followUp.get("kind").asString().equals(kind)) {
                return followUp;
            }
        }
        throw new AssertionError("no " + kind + " follow-up");
    }

    private Response outcome(String plan, String followUp, String outcome) {
        return outcomeAs(TestUser.SAM, plan, followUp, outcome);
    }

    private Response outcomeAs(TestUser user, String plan, String followUp, String outcome) {
        return api.post("/api/bereavement-plans/" + plan + "/follow-ups/" + followUp + "/outcome", token(user),
                Map.of("outcome", outcome, "note", "called at home"));
    }

    private static List<String> dueDates(JsonNode plan) {
        return plan.get("followUps").findValuesAsString("dueOn");
    }
}
