package org.careloop.notifications.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** Health probes, the API document, and the problems a client gets for bad requests. */
class OperationsIntegrationTests extends NotificationServiceIntegrationTest {

    @Test
    void probesAndTheOpenApiDocumentAnswerWithoutAToken() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(api.get(probe, null).status()).as(probe).isEqualTo(200);
        }
        var paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/notifications/stream")).isTrue();
        assertThat(paths.has("/api/bereavement-plans/{id}/follow-ups/{followUpId}/outcome")).isTrue();
        assertThat(paths.has("/api/follow-ups/due")).isTrue();
    }

    @Test
    void badRequestsAreProblems() {
        var badDate = api.get("/api/follow-ups/due?before=someday", token(TestUser.SAM));
        var badSize = api.get("/api/notifications?size=1000", token(TestUser.SAM));
        var notAnId = api.post("/api/notifications/not-an-id/read", token(TestUser.SAM), java.util.Map.of());

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").findValuesAsString("field")).contains("before");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/follow-ups/due", token(TestUser.HANA)).status()).isEqualTo(403);
    }
}
