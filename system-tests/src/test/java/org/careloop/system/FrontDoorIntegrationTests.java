package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.careloop.testing.RawHttp;
import org.careloop.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * S11 and S16: the front door of the whole stack. Request bodies are bounded by the bytes read, at the gateway and
 * at every service, with or without {@code Content-Length}; every error the gateway makes is a problem; a flood of
 * bad tokens is limited before authentication, whatever addresses the client claims; the trace id a service audits is
 * the gateway's, not the client's. (The slow trickle, a 500 of the gateway's own and a trusted proxy's
 * {@code X-Forwarded-For} are proven by the gateway's {@code FrontDoorTests}: the stack adds nothing to them.)
 */
class FrontDoorIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long LIMIT = 1_048_576;

    private final Scenario scenario = new Scenario();
    private final Stack stack = scenario.stack;

    @Test
    void s11_bodiesAreBoundedByTheBytesReadAndTheGatewaysErrorsAreProblems() {
        String sam = scenario.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        Map<String, String> asSam = Map.of("Authorization", "Bearer " + sam, "Content-Type", "application/json");
        long huge = Scenario.size(20, 200) * 1024L * 1024;

        // the reviewer's request: a chunked body far over the limit, through the gateway
        Answer throughGateway = RawHttp.to(stack.gateway.url()).chunked("PUT",
                "/api/cases/" + caseId + "/treatment-summary", asSam, huge, 64 * 1024);
        assertProblem(throughGateway, 413, "/request-too-large");
        assertThat(throughGateway.bytesSent()).as("bytes the gateway took").isLessThan(huge);
        assertThat(scenario.gateway.get("/api/cases/" + caseId, sam).status()).as("the gateway lives on")
                .isEqualTo(200);

        // at each service directly, chunked and with a Content-Length
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(stack.cases.url() + " PUT /api/cases/" + caseId + "/treatment-summary", "");
        bodies.put(stack.referrals.url() + " POST /api/referrals", "");
        bodies.put(stack.notifications.url() + " POST /api/bereavement-plans/" + UUID.randomUUID() + "/follow-ups/"
                + UUID.randomUUID() + "/outcome", "");
        int refused = 1;
        for (String call : bodies.keySet()) {
            String[] parts = call.split(" ");
            RawHttp service = RawHttp.to(parts[0]);
            assertProblem(service.chunked(parts[1], parts[2], asSam, 3 * LIMIT, 16 * 1024), 413,
                    "/request-too-large");
            assertProblem(service.withLength(parts[1], parts[2], asSam, 3 * LIMIT), 413, "/request-too-large");
            refused += 2;
        }

        // the gateway's own errors: nothing routed there, a wrong method, an unacceptable media type
        List<Answer> errors = List.of(
                assertProblem(RawHttp.to(stack.gateway.url()).send("GET", "/api/nothing-here",
                        Map.of("Authorization", "Bearer " + sam)), 404, "/not-found"),
                assertProblem(RawHttp.to(stack.gateway.url()).send("DELETE", "/api/me",
                        Map.of("Authorization", "Bearer " + sam)), 405, "/method-not-allowed"),
                assertProblem(RawHttp.to(stack.gateway.url()).send("GET", "/api/me",
                        Map.of("Authorization", "Bearer " + sam, "Accept", "text/csv")), 406, "/not-acceptable"));
        for (Answer error : errors) {
            assertThat(error.body()).doesNotContain("\"timestamp\"", "\"path\"", "\"error\"", "Exception");
        }
        Scenario.report("S11", "a %d MB chunked body through the gateway: 413 problem after %d KB read, the gateway "
                .formatted(huge / 1024 / 1024, throughGateway.bytesSent() / 1024) + "lives on; %d oversized bodies "
                .formatted(refused - 1) + "(chunked and with Content-Length) at the 3 services: all 413 problems; "
                + "gateway 404, 405, 406: problems, no default error JSON");
    }

    @Test
    void s16_aFloodOfBadTokensIsLimitedBeforeAuthenticationAndTheTraceIsTheGateways() throws Exception {
        int flood = 300;
        List<HttpResponse<String>> plain = burst(flood, false);
        List<HttpResponse<String>> claimingOthers = burst(flood, true);

        for (List<HttpResponse<String>> responses : List.of(plain, claimingOthers)) {
            assertThat(responses).extracting(HttpResponse::statusCode).contains(429).containsOnly(401, 429);
            HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst()
                    .orElseThrow();
            assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        }
        awaitBucketRefilled();

        String sam = scenario.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        String clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        Answer read = RawHttp.to(stack.gateway.url()).send("GET", "/api/cases/" + caseId, Map.of(
                "Authorization", "Bearer " + sam, "X-Forwarded-For", "198.51.100.7", "Forwarded", "for=198.51.100.7",
                "traceparent", "00-" + clientTrace + "-00f067aa0ba902b7-01"));
        assertThat(read.status()).isEqualTo(200);
        List<String[]> audited = scenario.query("cases", "select trace_id, client_address from audit_record where "
                + "case_id = '" + caseId + "' and action like '%READ%' order by id desc limit 1",
                rs -> new String[] { rs.getString(1), rs.getString(2) });
        assertThat(audited).as("the read's audit record").hasSize(1);
        assertThat(audited.getFirst()[0]).as("audited trace id").matches("[0-9a-f]{32}").isNotEqualTo(clientTrace);
        assertThat(audited.getFirst()[1]).as("audited client address").isNotEqualTo("198.51.100.7");

        long limitedPlain = plain.stream().filter(r -> r.statusCode() == 429).count();
        long limitedOthers = claimingOthers.stream().filter(r -> r.statusCode() == 429).count();
        Scenario.report("S16", "%d requests with a bad token at once from one address: %d answered 429 problem "
                .formatted(flood, limitedPlain) + "before authentication; again naming %d other addresses in "
                .formatted(flood) + "X-Forwarded-For: %d limited; a client's traceparent and X-Forwarded-For did not "
                .formatted(limitedOthers) + "reach the audit record");
    }

    private List<HttpResponse<String>> burst(int requests, boolean claimOtherAddresses) {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway.url() + "/api/cases"))
                    .header("Authorization", "Bearer not-a-token");
            if (claimOtherAddresses) {
                request.header("X-Forwarded-For", "203.0.113." + (i % 250 + 1));
            }
            burst.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        return burst.stream().map(CompletableFuture::join).toList();
    }

    /** The address's bucket has filled up again (a second's worth) before the next requests from it. */
    private void awaitBucketRefilled() {
        Awaitility.await("the address's bucket refilled").pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10))
                .until(() -> burst(1, false).getFirst().statusCode() != 429);
    }

    private static Answer assertProblem(Answer answer, int status, String typeEnding) {
        assertThat(answer.status()).as("status of " + shorten(answer.body())).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).endsWith(typeEnding);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return answer;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
