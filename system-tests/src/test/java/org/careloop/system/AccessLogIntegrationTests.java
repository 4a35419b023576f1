package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careloop.servers.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * S13: a case's access log, the accounting of disclosures a family may ask for. Who read or changed the case,
 * when, from where (the client's address as the gateway saw it: never a forwarded header a client wrote), allowed
 * or denied; for the case's supervisor and the auditor, who sees no health data.
 */
class AccessLogIntegrationTests {

    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;
    /** Another loopback address than the gateway's own (127.0.0.1), so "from where" can be told apart. */
    private static final String CLIENT = "127.0.0.2";
    private static final String FORGED_ADDRESS = "203.0.113.9";
    private static final String FORGED_TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void s13_theAccessLogNamesWhoReadTheCaseFromWhereAndWhoWasRefused() throws Exception {
        HttpClient fromClient = HttpClient.newBuilder().localAddress(InetAddress.getByName(CLIENT))
                .connectTimeout(Duration.ofSeconds(5)).build();
        String familyName = Scenario.uniqueName();
        Response opened = scenario.gateway.post("/api/cases", scenario.token("sam"), Map.of(
                "patient", Map.of("givenName", "Edith", "familyName", familyName, "dateOfBirth", "1944-05-02"),
                "diagnosis", Map.of("condition", "Pleural mesothelioma")));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();

        // sam reads it through the gateway from another address, with a forged address and trace id in the headers
        HttpResponse<String> read = fromClient.send(HttpRequest.newBuilder(
                        URI.create(stack.gateway.url() + "/api/cases/" + caseId))
                .header("Authorization", "Bearer " + scenario.token("sam"))
                .header("X-Forwarded-For", FORGED_ADDRESS).header("Forwarded", "for=" + FORGED_ADDRESS)
                .header("traceparent", "00-" + FORGED_TRACE + "-b7ad6b7169203331-01").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        // and directly at case-service, which believes a forwarded address only from the gateway
        HttpResponse<String> direct = fromClient.send(HttpRequest.newBuilder(
                        URI.create(stack.cases.url() + "/api/cases/" + caseId + "/timeline"))
                .header("Authorization", "Bearer " + scenario.token("sam"))
                .header("X-Forwarded-For", FORGED_ADDRESS).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(scenario.gateway.get("/api/cases/" + caseId, scenario.token("sara")).status()).isEqualTo(404);
        assertThat(scenario.gateway.get("/api/cases?q=" + familyName, scenario.token("sue")).status())
                .isEqualTo(200);

        // who may read the log
        assertThat(scenario.gateway.get("/api/cases/" + caseId + "/access-log", scenario.token("sam")).status())
                .isEqualTo(403);
        assertThat(scenario.gateway.get("/api/cases/" + caseId, scenario.token("paula")).status()).isEqualTo(403);
        assertThat(scenario.gateway.get("/api/cases", scenario.token("paula")).status()).isEqualTo(403);
        Response bySupervisor = scenario.gateway.get("/api/cases/" + caseId + "/access-log", scenario.token("sue"));
        assertThat(bySupervisor.status()).as(bySupervisor.toString()).isEqualTo(200);
        Response byAuditor = scenario.gateway.get("/api/cases/" + caseId + "/access-log", scenario.token("paula"));
        assertThat(byAuditor.status()).as(byAuditor.toString()).isEqualTo(200);
        assertThat(byAuditor.body()).doesNotContain(familyName, "Edith", "mesothelioma", FORGED_ADDRESS,
                FORGED_TRACE);

        List<String> lines = lines(byAuditor.json());
        assertThat(lines).contains(
                "sam social-worker OPEN_CASE ALLOWED",
                "sam social-worker READ_CASE ALLOWED from " + CLIENT,
                "sam social-worker READ_TIMELINE ALLOWED from " + CLIENT,
                "sara social-worker READ_CASE DENIED",
                "sue supervisor LIST_CASES ALLOWED listed",
                "sue supervisor READ_ACCESS_LOG ALLOWED",
                // refused by their role, on a path that names the case: sam asking for the log, paula for the case
                "sam social-worker ROLE_REFUSED GET DENIED",
                "paula auditor ROLE_REFUSED GET DENIED");
        // the auditor's own reading is in the log the next reader sees, newest first
        JsonNode newest = scenario.gateway.get("/api/cases/" + caseId + "/access-log", scenario.token("sue")).json()
                .get("items").get(0);
        assertThat(newest.get("who").asString() + " " + newest.get("action").asString())
                .isEqualTo("paula READ_ACCESS_LOG");
        Scenario.report("S13", "the access log of a case listed " + lines.size() + " accesses (read, changed, "
                + "listed, denied) with the client's address as the gateway saw it (" + CLIENT + ", not the forged "
                + FORGED_ADDRESS + " in X-Forwarded-For/Forwarded, also refused directly at case-service) and a "
                + "trace id the gateway chose; 200 for the team's supervisor and the auditor, 403 for the social "
                + "worker; the auditor got 403 on the case itself and the caseload; no health data in the log");
    }

    private static List<String> lines(JsonNode log) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : log.get("items")) {
            String address = item.get("clientAddress").asString();
            lines.add(item.get("who").asString() + " " + item.get("role").asString() + " "
                    + item.get("action").asString() + " " + item.get("outcome").asString()
                    + (item.get("listed").asBoolean() ? " listed" : "")
                    + (CLIENT.equals(address) ? " from " + CLIENT : ""));
            assertThat(address).isNotEqualTo(FORGED_ADDRESS);
            assertThat(item.get("traceId").asString("")).isNotEqualTo(FORGED_TRACE);
        }
        return lines;
    }
}
