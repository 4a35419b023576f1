package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import tools.jackson.databind.JsonNode;

/**
 * Each priority's answer time (the defaults: stat 1 h, asap 4 h, urgent 24 h, routine 3 days): a referral shows
 * when its answer is due and whether it is overdue, and both ends list the overdue ones.
 */
class ReferralAnswerTimesIntegrationTests extends ReferralServiceIntegrationTest {

    @Autowired
    private javax.sql.DataSource dataSource;

    @Test
    void aSentReferralIsDueItsAnswerThePrioritysTimeAfterItWasSent() {
        JsonNode urgent = refer(TestUser.SAM, samsActiveCase(), HOME_HOSPICE).json();
        Map<String, Object> stat = referralRequest(samsActiveCase(), HOME_HOSPICE);
        stat.put("priority", "stat");
        JsonNode statReferral = api.post("/api/referrals", token(TestUser.SAM), stat).json();

        assertThat(Instant.parse(urgent.get("answerDueAt").asString()))
                .isEqualTo(Instant.parse(urgent.get("createdAt").asString()).plus(Duration.ofHours(24)));
        assertThat(urgent.get("overdue").asBoolean()).isFalse();
        assertThat(urgent.get("escalatedAt").isNull()).isTrue();
        assertThat(Instant.parse(statReferral.get("answerDueAt").asString()))
                .isEqualTo(Instant.parse(statReferral.get("createdAt").asString()).plus(Duration.ofHours(1)));
        JsonNode read = api.get("/api/referrals/" + urgent.get("id").asString(), token(TestUser.HANA)).json();
        // stored to the microsecond, as every time of a referral
        assertThat(Instant.parse(read.get("answerDueAt").asString()))
                .isCloseTo(Instant.parse(urgent.get("answerDueAt").asString()), within(1, ChronoUnit.MICROS));
    }

    @Test
    void aDraftIsDueNothingUntilItIsSent() {
        Map<String, Object> request = referralRequest(samsActiveCase(), HOME_HOSPICE);
        request.put("draft", true);
        request.put("priority", "routine");
        JsonNode draft = api.post("/api/referrals", token(TestUser.SAM), request).json();
        assertThat(draft.get("answerDueAt").isNull()).isTrue();
        assertThat(draft.get("overdue").asBoolean()).isFalse();

        JsonNode sent = setStatus(TestUser.SAM, UUID.fromString(draft.get("id").asString()), "requested", null, null)
                .json();

        assertThat(Instant.parse(sent.get("answerDueAt").asString()))
                .isEqualTo(Instant.parse(sent.get("updatedAt").asString()).plus(Duration.ofDays(3)));
    }

    @Test
    void bothEndsSeeAndListTheOverdueReferralsUntilTheyAreAnswered() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        UUID overdue = UUID.fromString(refer(TestUser.SAM, caseId, HOME_HOSPICE).json().get("id").asString());
        UUID onTime = UUID.fromString(refer(TestUser.SAM, caseId, HOME_HOSPICE).json().get("id").asString());
        UUID elsewhere = UUID.fromString(refer(TestUser.SAM, caseId, MEALS_AT_HOME).json().get("id").asString());
        dueAnHourAgo(overdue);
        dueAnHourAgo(elsewhere);

        assertThat(api.get("/api/referrals/" + overdue, token(TestUser.SAM)).json().get("overdue").asBoolean())
                .isTrue();
        assertThat(api.get("/api/referrals/" + onTime, token(TestUser.SAM)).json().get("overdue").asBoolean())
                .isFalse();
        assertThat(overdueIds(TestUser.SAM, "&caseId=" + caseId)).containsExactlyInAnyOrder(overdue, elsewhere);
        assertThat(overdueIds(TestUser.SUE, "&caseId=" + caseId)).containsExactlyInAnyOrder(overdue, elsewhere);
        assertThat(overdueIds(TestUser.SAM, "&caseId=" + caseId + "&status=requested"))
                .containsExactlyInAnyOrder(overdue, elsewhere);
        assertThat(overdueIds(TestUser.SAM, "&caseId=" + caseId + "&status=accepted")).isEmpty();
        assertThat(overdueIds(TestUser.HANA, "")).contains(overdue).doesNotContain(onTime, elsewhere);
        assertThat(overdueIds(TestUser.CARL, "")).doesNotContain(overdue, onTime);
        assertThat(overdueIds(TestUser.NINA, "")).doesNotContain(overdue, elsewhere);
        assertThat(api.get("/api/referrals?caseId=" + caseId, token(TestUser.SAM)).json().get("total").asLong())
                .isEqualTo(3);

        assertThat(setStatus(TestUser.HANA, overdue, "accepted", null, null).json().get("overdue").asBoolean())
                .isFalse();

        assertThat(overdueIds(TestUser.SAM, "&caseId=" + caseId)).containsExactly(elsewhere);
        assertThat(overdueIds(TestUser.HANA, "")).doesNotContain(overdue);
    }

    @Test
    void anOverdueFilterThatIsNotABooleanIsA400() {
        Response response = api.get("/api/referrals?overdue=maybe", token(TestUser.SAM));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void referralsSentBeforeAnswerTimesExistedAreDueTheDefaultTimeAfterTheyWereSent() {
        UUID routine = UUID.fromString(refer(TestUser.SAM, samsActiveCase(), HOME_HOSPICE).json().get("id")
                .asString());
        Instant sentAt = Instant.parse("2026-01-05T08:00:00Z");
        jdbc.sql("update referral set answer_due_at = null, priority = 'asap' where id = :id").param("id", routine)
                .update();
        jdbc.sql("update referral_status_change set changed_at = :at where referral_id = :id")
                .param("at", Timestamp.from(sentAt)).param("id", routine).update();

        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V11__answer_times.sql"))
                .execute(dataSource);

        Instant due = jdbc.sql("select answer_due_at from referral where id = :id").param("id", routine)
                .query(Timestamp.class).single().toInstant();
        assertThat(due).isEqualTo(sentAt.plus(Duration.ofHours(4)));
    }

    private void dueAnHourAgo(UUID referralId) {
        jdbc.sql("update referral set answer_due_at = :due where id = :id")
                .param("due", Timestamp.from(Instant.now().minus(Duration.ofHours(1)))).param("id", referralId)
                .update();
    }

    private List<UUID> overdueIds(TestUser user, String query) {
        Response response = api.get("/api/referrals?overdue=true&size=100" + query, token(user));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("id").stream().map(UUID::fromString).toList();
    }
}
