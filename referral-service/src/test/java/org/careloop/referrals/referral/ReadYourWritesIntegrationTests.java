package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.referrals.cases.CaseViews;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B19: a referral sent before this service has read the case's event (just opened, just reassigned) waits for the
 * event, bounded, instead of answering 404.
 */
class ReadYourWritesIntegrationTests extends ReferralServiceIntegrationTest {

    @Autowired
    CaseViews cases;

    @Test
    void aReferralSentBeforeTheCaseOpenedEventArrivesWaitsForIt() throws Exception {
        UUID caseId = UUID.randomUUID();

        CompletableFuture<Response> referral = CompletableFuture.supplyAsync(
                () -> refer(TestUser.SAM, caseId, HOME_HOSPICE));
        awaitWaiting(caseId);
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, at,
                new CaseOpened(caseId, "OPEN", "sam", "palliative-north", at, TestUser.SAM.subject()));

        Response response = referral.get(20, TimeUnit.SECONDS);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aReferralByTheNewWorkerSentBeforeTheReassignmentArrivesWaitsForIt() throws Exception {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");

        CompletableFuture<Response> referral = CompletableFuture.supplyAsync(
                () -> refer(TestUser.SARA, caseId, HOME_HOSPICE));
        awaitWaiting(caseId);
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, CaseAssigned.TYPE, caseId, at,
                new CaseAssigned(caseId, "sam", "sara", "palliative-north", at, TestUser.SARA.subject()));

        Response response = referral.get(20, TimeUnit.SECONDS);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void theNewWorkerReadsAndAnswersTheCasesReferralsBeforeTheReassignmentArrives() throws Exception {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Response sent = refer(TestUser.SAM, caseId, HOME_HOSPICE);
        UUID referralId = UUID.fromString(sent.json().get("id").asString());

        CompletableFuture<Response> read = CompletableFuture.supplyAsync(
                () -> api.get("/api/referrals/" + referralId, token(TestUser.SARA)));
        awaitWaiting(caseId);
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, CaseAssigned.TYPE, caseId, at,
                new CaseAssigned(caseId, "sam", "sara", "palliative-north", at, TestUser.SARA.subject()));

        Response response = read.get(20, TimeUnit.SECONDS);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(setStatus(TestUser.SARA, referralId, "cancelled", "Family declined", null).status())
                .isEqualTo(200);
    }

    @Test
    void aFamilyMemberAddedAMomentAgoIsWaitedForToo() throws Exception {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        UUID son = UUID.randomUUID();
        Map<String, Object> request = referralRequest(caseId, FAMILY_COUNSELING);
        request.put("familyMemberId", son.toString());

        CompletableFuture<Response> referral = CompletableFuture.supplyAsync(
                () -> api.post("/api/referrals", token(TestUser.SAM), request));
        awaitWaiting(caseId);
        Instant at = Instant.now();
        events().send(Topics.CASE_EVENTS, FamilyMemberAdded.TYPE, caseId, at,
                new FamilyMemberAdded(caseId, son, "son", "LOW", at));

        Response response = referral.get(20, TimeUnit.SECONDS);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aCaseStillUnknownAfterTheWaitIs404() {
        long started = System.nanoTime();

        Response response = refer(TestUser.SAM, UUID.randomUUID(), HOME_HOSPICE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("https://careloop.dev/problems/case-not-found");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    /** The request is in and waiting for the case's event (so the event surely comes after it). */
    private void awaitWaiting(UUID caseId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                .until(() -> cases.awaited(caseId));
    }
}
