package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** A service at capacity or temporarily closed takes a referral only on its waiting list, accepted by the worker. */
class ReferralWaitingListIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void withoutAcceptingTheWaitingListAFullOrClosedServiceIs409AndNothingIsStored() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");

        Response closed = refer(TestUser.SAM, caseId, UTILITY_GRANTS_CLOSED);
        Response waitlist = refer(TestUser.SAM, caseId, INPATIENT_UNIT_WAITLIST);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.contentType()).startsWith("application/problem+json");
        assertThat(closed.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/service-at-capacity");
        assertThat(closed.json().get("capacity").asString()).isEqualTo("no-capacity");
        assertThat(closed.json().get("serviceStatus").asString()).isEqualTo("temporarily closed");
        assertThat(waitlist.status()).as(waitlist.toString()).isEqualTo(409);
        assertThat(waitlist.json().get("capacity").asString()).isEqualTo("waitlist");
        assertThat(waitlist.json().get("serviceStatus").asString()).isEqualTo("active");
        assertThat(jdbc.sql("select count(*) from referral where case_id = :id").param("id", caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void acceptingTheWaitingListSendsItAndTheReferralSaysSo() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");

        Response closed = referAccepting(caseId, UTILITY_GRANTS_CLOSED);
        Response waitlist = referAccepting(caseId, INPATIENT_UNIT_WAITLIST);
        Response withRoom = referAccepting(caseId, HOME_HOSPICE);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.json().get("waitingList").asBoolean()).isTrue();
        assertThat(waitlist.status()).as(waitlist.toString()).isEqualTo(201);
        String id = waitlist.json().get("id").asString();
        assertThat(api.get("/api/referrals/" + id, token(TestUser.HANA)).json().get("waitingList").asBoolean())
                .isTrue();
        assertThat(withRoom.json().get("waitingList").asBoolean()).isFalse();
        assertThat(refer(TestUser.SAM, caseId, HOME_HOSPICE).json().get("waitingList").asBoolean()).isFalse();
    }

    @Test
    void anInactiveServiceStaysRefusedWithTheWaitingListAccepted() {
        Response response = referAccepting(givenCase(TestUser.SAM, "ACTIVE"), INACTIVE_SERVICE);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/service-not-accepting");
    }

    private Response referAccepting(UUID caseId, UUID serviceId) {
        Map<String, Object> request = referralRequest(caseId, serviceId);
        request.put("waitingListAccepted", true);
        return api.post("/api/referrals", token(TestUser.SAM), request);
    }
}
