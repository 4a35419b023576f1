package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import tools.jackson.databind.JsonNode;

/** Outcome codes on rejected, failed and completed, and the outcomes each next status offers. */
class ReferralOutcomeIntegrationTests extends ReferralServiceIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aRejectionMayCarryAnOutcomeButNotGotHelp() {
        UUID gotHelp = referralToSunrise();
        UUID notEligible = referralToSunrise();

        Response refused = setStatus(TestUser.HANA, gotHelp, "rejected", "outside our area", "got-help");
        Response rejected = setStatus(TestUser.HANA, notEligible, "rejected", "outside our area", "not-eligible");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("outcome");
        assertThat(referralRow(gotHelp).get("status")).isEqualTo("requested");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("outcome").asString()).isEqualTo("not-eligible");
        assertThat(referralRow(notEligible).get("outcome")).isEqualTo("not-eligible");
    }

    @Test
    void couldNotContactIsTheCodeAndAnOutcomeOnAnotherStatusIs400() {
        UUID id = referralToSunrise();

        Response accepted = setStatus(TestUser.HANA, id, "accepted", null, "no-capacity");
        Response oldCode = setStatus(TestUser.HANA, id, "rejected", "no answer", "couldnt-contact");
        Response failed = setStatus(TestUser.HANA, id, "rejected", "no answer", "could-not-contact");

        assertThat(accepted.status()).isEqualTo(400);
        assertThat(accepted.json().get("errors").findValuesAsString("field")).containsExactly("outcome");
        assertThat(oldCode.status()).isEqualTo(400);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().get("history").get(1).get("outcome").asString()).isEqualTo("could-not-contact");
    }

    @Test
    void eachAllowedTransitionListsTheOutcomesItTakes() {
        UUID id = referralToSunrise();

        JsonNode requested = api.get("/api/referrals/" + id, token(TestUser.HANA)).json();
        setStatus(TestUser.HANA, id, "accepted", null, null);
        JsonNode accepted = api.get("/api/referrals/" + id, token(TestUser.HANA)).json();

        assertThat(outcomes(requested, "accepted")).isEmpty();
        assertThat(outcomes(requested, "rejected")).containsExactly("not-eligible", "no-capacity",
                "could-not-contact", "no-longer-interested", "referred-elsewhere");
        assertThat(outcomes(accepted, "failed")).doesNotContain("got-help").hasSize(5);
        assertThat(outcomes(accepted, "completed")).containsExactly("got-help", "not-eligible", "no-capacity",
                "could-not-contact", "no-longer-interested", "referred-elsewhere");
        assertThat(outcomes(accepted, "in-progress")).isEmpty();
    }

    @Test
    void storedCouldntContactRowsAreMigratedToCouldNotContact() {
        UUID id = referralToSunrise();
        setStatus(TestUser.HANA, id, "accepted", null, null);
        setStatus(TestUser.HANA, id, "completed", null, "got-help");
        // as a database written before issue 18 holds them
        jdbc.sql("update referral set outcome = 'couldnt-contact' where id = :id").param("id", id).update();
        jdbc.sql("update referral_status_change set outcome = 'couldnt-contact' where referral_id = :id and "
                + "status = 'completed'").param("id", id).update();

        new ResourceDatabasePopulator(new ClassPathResource(
                "db/migration/V9__share_a_patient_summary_and_name_outcomes.sql")).execute(dataSource);

        JsonNode migrated = api.get("/api/referrals/" + id, token(TestUser.SAM)).json();
        assertThat(migrated.get("outcome").asString()).isEqualTo("could-not-contact");
        assertThat(migrated.get("history").get(2).get("outcome").asString()).isEqualTo("could-not-contact");
    }

    private static List<String> outcomes(JsonNode referral, String status) {
        for (JsonNode transition : referral.get("allowedTransitions")) {
            if (transition.get("status").asString().equals(status)) {
                return transition.get("outcomes").valueStream().map(JsonNode::asString).toList();
            }
        }
        throw new AssertionError("no transition to " + status + " in " + referral.get("allowedTransitions"));
    }
}
