package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** Each end of the loop sees its own referrals; everyone else gets 404, never the referral. */
class ReferralAccessIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void anotherOrganizationCannotSeeOrChangeAReferral() {
        UUID id = referralToSunrise();

        Response read = api.get("/api/referrals/" + id, token(TestUser.CARL));
        Response accept = setStatus(TestUser.CARL, id, "accepted", null, null);
        Response fhir = api.get("/api/referrals/" + id + "/fhir", token(TestUser.CARL));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("breathlessness");
        assertThat(accept.status()).isEqualTo(404);
        assertThat(fhir.status()).isEqualTo(404);
        assertThat(listedIds(TestUser.CARL)).doesNotContain(id);
        assertThat(referralRow(id).get("status")).isEqualTo("requested");
    }

    @Test
    void theReceivingOrganizationSeesWhatWasSharedAndAnswers() {
        UUID id = referralToSunrise();

        Response read = api.get("/api/referrals/" + id, token(TestUser.HANA));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("reason").asString()).contains("breathlessness");
        assertThat(read.json().get("consent").get("obtainedFrom").asString()).isEqualTo("the patient");
        assertThat(listedIds(TestUser.HANA)).contains(id);
        assertThat(setStatus(TestUser.HANA, id, "accepted", null, null).status()).isEqualTo(200);
    }

    @Test
    void anotherWorkerOrTeamCannotSeeTheReferralsOfACase() {
        UUID id = referralToSunrise();

        for (TestUser stranger : List.of(TestUser.SARA, TestUser.NINA, TestUser.SOL)) {
            assertThat(api.get("/api/referrals/" + id, token(stranger)).status()).as(stranger.username())
                    .isEqualTo(404);
            assertThat(setStatus(stranger, id, "cancelled", "no", null).status()).isEqualTo(404);
            assertThat(listedIds(stranger)).doesNotContain(id);
        }
        assertThat(api.get("/api/referrals/" + id, token(TestUser.SUE)).status()).isEqualTo(200);
        assertThat(listedIds(TestUser.SUE)).contains(id);
        assertThat(listedIds(TestUser.SAM)).contains(id);
        assertThat(referralRow(id).get("status")).isEqualTo("requested");
    }

    @Test
    void listsFilterByCaseAndStatus() {
        UUID first = referralToSunrise();
        UUID second = referralToSunrise();
        setStatus(TestUser.HANA, second, "accepted", null, null);
        UUID caseId = samsActiveCase();

        Response accepted = api.get("/api/referrals?caseId=" + caseId + "&status=accepted&size=100",
                token(TestUser.SAM));

        List<String> ids = new java.util.ArrayList<>();
        accepted.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).contains(second.toString()).doesNotContain(first.toString());
        accepted.json().get("items").forEach(item -> assertThat(item.get("status").asString()).isEqualTo("accepted"));
    }

    @Test
    void rolesWithoutReferralsGet403AndNoTokenGets401() {
        UUID id = referralToSunrise();

        assertThat(api.get("/api/referrals/" + id, token(TestUser.ADAM)).status()).isEqualTo(403);
        Response anonymous = api.get("/api/referrals/" + id, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/referrals/" + id, issuer.expiredToken(TestUser.HANA)).status()).isEqualTo(401);
        assertThat(api.get("/api/referrals/" + id, issuer.tokenForAudience(TestUser.HANA, "other")).status())
                .isEqualTo(401);
    }

    @Test
    void aHospiceStaffTokenWhoseOrganizationIsNotAnIdIsRefusedEverywhere() {
        UUID id = referralToSunrise();
        String forgedOrg = issuer.tokenWith(TestUser.CARL, claims -> claims.claim("org_id", "not-a-uuid"));

        Response one = api.get("/api/referrals/" + id, forgedOrg);
        assertThat(one.status()).isEqualTo(403);
        assertThat(one.json().get("type").asString()).endsWith("/scope-claim-invalid");
        Response list = api.get("/api/referrals", forgedOrg);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.body()).doesNotContain(id.toString());
    }

    private List<UUID> listedIds(TestUser user) {
        Response response = api.get("/api/referrals?size=100", token(user));
        assertThat(response.status()).isEqualTo(200);
        List<UUID> ids = new java.util.ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }
}
