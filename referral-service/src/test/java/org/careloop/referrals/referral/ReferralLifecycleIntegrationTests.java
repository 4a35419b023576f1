package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class ReferralLifecycleIntegrationTests extends ReferralServiceIntegrationTest {

    static TestUser actor(Side side) {
        return side == Side.REQUESTER ? TestUser.SAM : TestUser.HANA;
    }

    static Stream<Arguments> everyChangeBySide() {
        List<Arguments> cases = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                for (Side side : Side.values()) {
                    cases.add(Arguments.of(from, to, side));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @MethodSource("everyChangeBySide")
    void eachSideSetsOnlyItsOwnStatusesAlongTheLifecycle(ReferralStatus from, ReferralStatus to, Side side) {
        UUID id = referralIn(from);
        Map<String, Object> before = referralRow(id);
        long historyBefore = historySize(id);

        Response response = setStatus(actor(side), id, to.code(), "a reason", to == ReferralStatus.COMPLETED
                ? "got-help" : null);

        int expected;
        if (from == ReferralStatus.DRAFT && side == Side.RECEIVER) {
            expected = 404; // a draft is not sent yet: the organization does not see it
        } else if (to.setBy() != side) {
            expected = 403;
        } else if (!from.canMoveTo(to)) {
            expected = 409;
        } else {
            expected = 200;
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(response.json().get("status").asString()).isEqualTo(to.code());
            JsonNode last = response.json().get("history").get((int) historyBefore);
            assertThat(last.get("status").asString()).isEqualTo(to.code());
            assertThat(last.get("by").asString()).isEqualTo(actor(side).username());
            assertThat(last.get("role").asString()).isEqualTo(side == Side.REQUESTER ? "social-worker"
                    : "hospice-staff");
            assertThat(last.get("at").asString()).isNotBlank();
            assertThat(historySize(id)).isEqualTo(historyBefore + 1);
        } else {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(referralRow(id)).isEqualTo(before);
            assertThat(historySize(id)).isEqualTo(historyBefore);
        }
    }

    @Test
    void aReasonIsRequiredToRejectCancelHoldOrFail() {
        UUID accepted = referralIn(ReferralStatus.ACCEPTED);
        UUID requested = referralIn(ReferralStatus.REQUESTED);

        assertFieldError(setStatus(TestUser.HANA, requested, "rejected", null, null), "reason");
        assertFieldError(setStatus(TestUser.SAM, requested, "cancelled", " ", null), "reason");
        assertFieldError(setStatus(TestUser.HANA, accepted, "on-hold", null, null), "reason");
        assertFieldError(setStatus(TestUser.HANA, accepted, "failed", null, null), "reason");
        assertThat(referralRow(requested).get("status")).isEqualTo("requested");
        assertThat(referralRow(accepted).get("status")).isEqualTo("accepted");
    }

    @Test
    void completionNeedsAnOutcomeAndOnlyCompletionHasOne() {
        UUID id = referralIn(ReferralStatus.ACCEPTED);

        assertFieldError(setStatus(TestUser.HANA, id, "completed", null, null), "outcome");
        assertFieldError(setStatus(TestUser.HANA, id, "in-progress", null, "got-help"), "outcome");
        assertFieldError(setStatus(TestUser.HANA, id, "completed", null, "cured"), "outcome");
        Response completed = setStatus(TestUser.HANA, id, "completed", null, "no-capacity");

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("outcome").asString()).isEqualTo("no-capacity");
        assertThat(completed.json().get("history").get(2).get("outcome").asString()).isEqualTo("no-capacity");
    }

    @Test
    void aSupervisorActsForTheRequesterSide() {
        UUID id = referralIn(ReferralStatus.REQUESTED);

        Response cancelled = setStatus(TestUser.SUE, id, "cancelled", "family chose another hospice", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("history").get(1).get("role").asString()).isEqualTo("supervisor");
        assertThat(cancelled.json().get("history").get(1).get("reason").asString())
                .isEqualTo("family chose another hospice");
    }

    private void assertFieldError(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    /** A referral of a fresh case to Sunrise Hospice, brought to the status by the sides allowed to set it. */
    private UUID referralIn(ReferralStatus status) {
        Map<String, Object> request = referralRequest(samsActiveCase(), HOME_HOSPICE);
        if (status == ReferralStatus.DRAFT) {
            request.put("draft", true);
        }
        Response created = api.post("/api/referrals", token(TestUser.SAM), request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        List<ReferralStatus> path = switch (status) {
            case DRAFT, REQUESTED -> List.of();
            case ACCEPTED -> List.of(ReferralStatus.ACCEPTED);
            case REJECTED, CANCELLED, ENTERED_IN_ERROR -> List.of(status);
            case IN_PROGRESS, ON_HOLD, FAILED, COMPLETED -> List.of(ReferralStatus.ACCEPTED, status);
        };
        for (ReferralStatus step : path) {
            Response moved = setStatus(actor(step.setBy()), id, step.code(), "a reason",
                    step == ReferralStatus.COMPLETED ? "got-help" : null);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        return id;
    }
}
