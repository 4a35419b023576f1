package org.careloop.cases.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** What an engineer who operates the service relies on: health probes, the API document, trace ids. */
class OperationsIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void livenessAndReadinessAnswerWithoutAToken() {
        for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness" }) {
            Response response = api.get(probe, null);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseApi() {
        Response response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").has("/api/cases")).isTrue();
        assertThat(response.json().get("paths").has("/api/cases/{id}/status")).isTrue();
        assertThat(response.json().get("paths").has("/api/cases/{caseId}/family-members")).isTrue();
    }

    @Test
    void everyAuditRecordHasATraceIdEvenWithoutTheCallersTraceContext() {
        UUID id = openCase(TestUser.SAM);

        assertThat(jdbc.sql("select trace_id from audit_record where case_id = :id").param("id", id)
                .query(String.class).single()).matches("[0-9a-f]{32}");
    }

    @Test
    void theAuditRecordCarriesTheTraceIdOfTheCallersTraceContext() {
        UUID id = openCase(TestUser.SAM);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/cases/" + id))
                .header("Authorization", "Bearer " + token(TestUser.SAM))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        String recorded = jdbc.sql("""
                select trace_id from audit_record where case_id = :id and action = 'READ_CASE'
                """).param("id", id).query(String.class).single();
        assertThat(recorded).isEqualTo(traceId);
    }
}
