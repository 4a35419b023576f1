package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every referral the API returns says what the person asking may do next, from their end of the loop. */
class ReferralNextStepsIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void eachEndIsOfferedItsOwnStepsWithTheFieldsTheyNeed() {
        UUID id = referralToSunrise();

        Response receiver = api.get("/api/referrals/" + id, token(TestUser.HANA));
        Response requester = api.get("/api/referrals/" + id, token(TestUser.SAM));

        assertThat(steps(receiver.json())).containsExactly("accepted []", "rejected [reason]");
        assertThat(steps(requester.json())).containsExactly("cancelled [reason]", "entered-in-error []");
    }

    @Test
    void aStatusChangeAnswersWithTheStepsFromTheNewStatus() {
        UUID id = referralToSunrise();

        Response accepted = setStatus(TestUser.HANA, id, "accepted", null, null);

        assertThat(steps(accepted.json())).containsExactly("in-progress []", "on-hold [reason]",
                "failed [reason]", "completed [outcome]");
        Response completed = setStatus(TestUser.HANA, id, "completed", null, "got-help");
        assertThat(steps(completed.json())).isEmpty();
    }

    @Test
    void aNewReferralAndEveryListedOneCarryTheirSteps() {
        Response created = refer(TestUser.SAM, samsActiveCase(), HOME_HOSPICE);
        UUID id = UUID.fromString(created.json().get("id").asString());

        assertThat(steps(created.json())).containsExactly("cancelled [reason]", "entered-in-error []");
        assertThat(steps(listed(TestUser.HANA, id))).containsExactly("accepted []", "rejected [reason]");
        assertThat(steps(listed(TestUser.SUE, id))).containsExactly("cancelled [reason]", "entered-in-error []");
    }

    private JsonNode listed(TestUser user, UUID id) {
        Response list = api.get("/api/referrals?size=100", token(user));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode item : list.json().get("items")) {
            if (item.get("id").asString().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError(user.username() + " does not see referral " + id);
    }

    /** Each allowed transition as "status [requires...]". */
    private static List<String> steps(JsonNode referral) {
        List<String> steps = new ArrayList<>();
        for (JsonNode step : referral.get("allowedTransitions")) {
            List<String> requires = new ArrayList<>();
            step.get("requires").forEach(field -> requires.add(field.asString()));
            steps.add(step.get("status").asString() + " " + requires.toString().replace(", ", ","));
        }
        return steps;
    }
}
