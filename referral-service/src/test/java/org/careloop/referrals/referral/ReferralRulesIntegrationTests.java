package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** The consent gate, the case's state, the service's state, and bad input: refused, and nothing stored. */
class ReferralRulesIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void withoutConsentNothingIsSent() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Map<String, Object> noConsent = referralRequest(caseId, HOME_HOSPICE);
        noConsent.remove("consent");
        Map<String, Object> refused = referralRequest(caseId, HOME_HOSPICE);
        refused.put("consent", Map.of("obtained", false, "obtainedFrom", "the patient",
                "obtainedOn", LocalDate.now().toString()));

        for (Map<String, Object> request : List.of(noConsent, refused)) {
            Response response = api.post("/api/referrals", token(TestUser.SAM), request);
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/consent-required");
        }
        assertThat(referralsOf(caseId)).isZero();
    }

    @Test
    void consentNamesWhoGaveItAndWhenNotInTheFuture() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Map<String, Object> nobody = referralRequest(caseId, HOME_HOSPICE);
        nobody.put("consent", Map.of("obtained", true, "obtainedOn", LocalDate.now().toString()));
        Map<String, Object> future = referralRequest(caseId, HOME_HOSPICE);
        future.put("consent", Map.of("obtained", true, "obtainedFrom", "the patient",
                "obtainedOn", LocalDate.now().plusDays(2).toString()));

        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), nobody), "consent.obtainedFrom");
        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), future), "consent.obtainedOn");
        assertThat(referralsOf(caseId)).isZero();
    }

    @Test
    void aClosedOrDischargedCaseTakesNoNewReferral() {
        for (String status : List.of("CLOSED", "DISCHARGED")) {
            UUID caseId = givenCase(TestUser.SAM, status);

            Response response = refer(TestUser.SAM, caseId, MEALS_AT_HOME);

            assertThat(response.status()).as(status + ": " + response).isEqualTo(409);
            assertThat(response.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/case-closed");
            assertThat(referralsOf(caseId)).isZero();
        }
    }

    @Test
    void afterADeathOnlySupportForTheFamily() {
        UUID caseId = givenCase(TestUser.SAM, "DECEASED");

        Response hospice = refer(TestUser.SAM, caseId, HOME_HOSPICE);
        Response meals = refer(TestUser.SAM, caseId, MEALS_AT_HOME);
        Response bereavement = refer(TestUser.SAM, caseId, FAMILY_BEREAVEMENT);
        Response counseling = refer(TestUser.SAM, caseId, FAMILY_COUNSELING);
        Response chaplaincy = refer(TestUser.SAM, caseId, CHAPLAINCY);

        assertThat(hospice.status()).isEqualTo(409);
        assertThat(hospice.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/patient-died");
        assertThat(meals.status()).isEqualTo(409);
        assertThat(bereavement.status()).as(bereavement.toString()).isEqualTo(201);
        assertThat(counseling.status()).isEqualTo(201);
        assertThat(chaplaincy.status()).isEqualTo(201);
        assertThat(referralsOf(caseId)).isEqualTo(3);
    }

    @Test
    void afterADeathTheFamilyIsReferredToEveryServiceThePatientNoLonger() {
        UUID caseId = givenCase(TestUser.SAM, "DECEASED");
        UUID widow = UUID.randomUUID();
        familyMemberAdded(caseId, widow, "spouse");
        UUID asbestosTrustClaims = UUID.fromString("5e4c0000-0000-4000-8000-000000000301");
        UUID veteransBenefits = UUID.fromString("5e4c0000-0000-4000-8000-000000000401");

        Response trustClaim = referFor(caseId, widow, asbestosTrustClaims);
        Response survivorsBenefits = referFor(caseId, widow, veteransBenefits);
        Response forThePatient = refer(TestUser.SAM, caseId, veteransBenefits);

        assertThat(trustClaim.status()).as(trustClaim.toString()).isEqualTo(201);
        assertThat(survivorsBenefits.status()).as(survivorsBenefits.toString()).isEqualTo(201);
        assertThat(forThePatient.status()).isEqualTo(409);
        assertThat(forThePatient.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/patient-died");
        assertThat(referralsOf(caseId)).isEqualTo(2);
    }

    @Test
    void aFamilyMemberNamedMustBeOfTheCase() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        UUID otherCase = givenCase(TestUser.SAM, "ACTIVE");
        UUID daughter = UUID.randomUUID();
        UUID otherCasesSpouse = UUID.randomUUID();
        familyMemberAdded(caseId, daughter, "daughter");
        familyMemberAdded(otherCase, otherCasesSpouse, "spouse");

        Response ofTheCase = referFor(caseId, daughter);
        Response unknown = referFor(caseId, UUID.randomUUID());
        Response ofAnotherCase = referFor(caseId, otherCasesSpouse);

        assertThat(ofTheCase.status()).as(ofTheCase.toString()).isEqualTo(201);
        assertThat(ofTheCase.json().get("familyMemberId").asString()).isEqualTo(daughter.toString());
        assertFieldError(unknown, "familyMemberId");
        assertFieldError(ofAnotherCase, "familyMemberId");
        assertThat(referralsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aServiceThatTakesNoReferralsIsRefused() {
        // an inactive service: a temporarily closed one takes referrals on its waiting list (ReferralWaitingListIntegrationTests)
        Response response = refer(TestUser.SAM, samsActiveCase(), INACTIVE_SERVICE);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/service-not-accepting");
    }

    @Test
    void aCaseNotTheirsOrUnknownIs404() {
        UUID samsCase = samsActiveCase();

        assertThat(refer(TestUser.SARA, samsCase, HOME_HOSPICE).status()).isEqualTo(404);
        assertThat(refer(TestUser.NINA, samsCase, HOME_HOSPICE).status()).isEqualTo(404);
        assertThat(refer(TestUser.SAM, UUID.randomUUID(), HOME_HOSPICE).status()).isEqualTo(404);
        assertThat(refer(TestUser.SUE, samsCase, HOME_HOSPICE).status()).isEqualTo(201);
        assertThat(refer(TestUser.HANA, samsCase, HOME_HOSPICE).status()).isEqualTo(403);
    }

    @Test
    void badInputIs400WithFieldsAndStoresNothing() {
        UUID caseId = samsActiveCase();
        long before = referralsOf(caseId);
        Map<String, Object> badPriority = referralRequest(caseId, HOME_HOSPICE);
        badPriority.put("priority", "whenever");
        Map<String, Object> noReason = referralRequest(caseId, HOME_HOSPICE);
        noReason.put("reason", "");
        Map<String, Object> longReason = referralRequest(caseId, HOME_HOSPICE);
        longReason.put("reason", "x".repeat(2001));
        Map<String, Object> badCase = referralRequest(caseId, HOME_HOSPICE);
        badCase.put("caseId", "not-a-uuid");
        Map<String, Object> unknownService = referralRequest(caseId, UUID.randomUUID());

        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), badPriority), "priority");
        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), noReason), "reason");
        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), longReason), "reason");
        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), badCase), "caseId");
        assertFieldError(api.post("/api/referrals", token(TestUser.SAM), unknownService), "serviceId");
        assertThat(api.send("POST", "/api/referrals", token(TestUser.SAM), "{\"caseId\":", "application/json")
                .status()).isEqualTo(400);
        assertFieldError(api.get("/api/referrals?status=lost", token(TestUser.SAM)), "status");
        assertThat(referralsOf(caseId)).isEqualTo(before);
    }

    @Test
    void anUnknownCodeIsA400ThatNamesTheCodes() {
        Map<String, Object> javaName = referralRequest(samsActiveCase(), HOME_HOSPICE);
        javaName.put("priority", "URGENT");

        Response body = api.post("/api/referrals", token(TestUser.SAM), javaName);
        Response query = api.get("/api/referrals?status=in_progress", token(TestUser.SAM));

        assertFieldError(body, "priority");
        assertThat(body.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of [routine, urgent, asap, stat]");
        assertFieldError(query, "status");
        assertThat(query.json().get("errors").get(0).get("message").asString()).isEqualTo("must be one of draft, "
                + "requested, accepted, rejected, cancelled, in-progress, on-hold, failed, completed, entered-in-error");
        assertThat(api.get("/api/referrals?status=in-progress&status=on-hold", token(TestUser.SAM)).status())
                .isEqualTo(200);
    }

    @Test
    void aDraftStaysWithTheRequesterUntilSent() {
        Map<String, Object> request = referralRequest(samsActiveCase(), HOME_HOSPICE);
        request.put("draft", true);
        Response draft = api.post("/api/referrals", token(TestUser.SAM), request);
        UUID id = UUID.fromString(draft.json().get("id").asString());

        assertThat(draft.json().get("status").asString()).isEqualTo("draft");
        assertThat(api.get("/api/referrals/" + id, token(TestUser.HANA)).status()).isEqualTo(404);
        assertThat(api.get("/api/referrals?status=draft", token(TestUser.HANA)).json().get("total").asLong())
                .isZero();
        assertThat(setStatus(TestUser.SAM, id, "requested", null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/referrals/" + id, token(TestUser.HANA)).status()).isEqualTo(200);
    }

    private void assertFieldError(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    private Response referFor(UUID caseId, UUID familyMemberId) {
        return referFor(caseId, familyMemberId, FAMILY_COUNSELING);
    }

    private Response referFor(UUID caseId, UUID familyMemberId, UUID serviceId) {
        Map<String, Object> request = referralRequest(caseId, serviceId);
        request.put("familyMemberId", familyMemberId.toString());
        return api.post("/api/referrals", token(TestUser.SAM), request);
    }

    private void familyMemberAdded(UUID caseId, UUID memberId, String relationship) {
        Instant at = Instant.now();
        UUID eventId = events().send(Topics.CASE_EVENTS, FamilyMemberAdded.TYPE, caseId, at,
                new FamilyMemberAdded(caseId, memberId, relationship, "MODERATE", at));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from processed_event where event_id = :id").param("id", eventId)
                .query(Long.class).single() == 1);
    }

    private long referralsOf(UUID caseId) {
        return jdbc.sql("select count(*) from referral where case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }
}
