package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.careloop.localstack.DemoData;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * B19, through the gateway with real tokens: a social worker opens a case and refers it at once (within a
 * millisecond, long before referral-service has read {@code CaseOpened}); the referral waits for the event and is
 * accepted, no 404 and no retry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIntegrationTests {

    Stack stack;
    ApiClient gateway;

    @BeforeAll
    void start() {
        stack = Stack.get();
        gateway = new ApiClient(stack.gateway.url());
    }

    @Test
    void aCaseReferredTheMomentItIsOpenedIsReferred() {
        String sam = stack.token("sam");
        for (int i = 0; i < 3; i++) {
            Response opened = gateway.post("/api/cases", sam, Map.of(
                    "patient", Map.of("givenName", "Iris", "familyName", "Vale" + i, "dateOfBirth", "1944-07-19"),
                    "diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV")));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            UUID caseId = UUID.fromString(opened.json().get("id").asString());

            Response referral = gateway.post("/api/referrals", sam, Map.of("caseId", caseId.toString(),
                    "serviceId", DemoData.HOME_HOSPICE, "reason", "Wants to die at home", "priority", "urgent",
                    "consent", Map.of("obtained", true, "obtainedFrom", "the patient",
                            "obtainedOn", LocalDate.now().toString())));

            assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        }
    }
}
