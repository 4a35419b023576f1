package org.careloop.referrals.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Health probes, the API document, and logs without health data. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void probesAndTheOpenApiDocumentAnswerWithoutAToken() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(api.get(probe, null).status()).as(probe).isEqualTo(200);
        }
        var document = api.get("/v3/api-docs", null).json();
        assertThat(document.get("paths").has("/api/referrals/{id}/status")).isTrue();
        assertThat(document.get("paths").has("/api/directory/services")).isTrue();
    }

    @Test
    void referralsLeaveNoReasonOrTokenInTheLog(CapturedOutput output) {
        String token = token(TestUser.SAM);
        var request = referralRequest(samsActiveCase(), HOME_HOSPICE);
        request.put("reason", "Terrified of suffocating, asks for hospice at home");
        UUID id = UUID.fromString(api.post("/api/referrals", token, request).json().get("id").asString());
        setStatus(TestUser.HANA, id, "rejected", "No nurse free for Quillfeather Lane", null);
        api.get("/api/referrals/" + id + "/fhir", token(TestUser.CARL));

        for (String secret : List.of("suffocating", "Quillfeather", token)) {
            assertThat(output.getAll()).as("the log mentions %s", secret.length() > 20 ? "a token" : secret)
                    .doesNotContain(secret);
        }
        assertThat(output.getAll()).contains("Moved referral " + id + " to rejected");
    }
}
