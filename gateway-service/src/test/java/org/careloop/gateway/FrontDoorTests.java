package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.careloop.testing.RawHttp;
import org.careloop.testing.RawHttp.Answer;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front door's own protection, with a stand-in service that counts what reaches it: bodies bounded by the bytes
 * read (with or without {@code Content-Length}), a deadline for a body that trickles in, problems for every error the
 * gateway makes itself, the rate limit before authentication, and forwarded headers the client cannot choose.
 * Tokens come from a test issuer: Keycloak adds nothing here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ShippedSecrets.LOCAL)
@Import(FrontDoorTests.Failing.class)
class FrontDoorTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestIssuer issuer = TestIssuer.startStandalone();
    static final BackendStub services = new BackendStub();
    static final long LIMIT = 1_048_576;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerAndServices(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_URL", () -> "http://127.0.0.1:9");
        registry.add("KEYCLOAK_PUBLIC_URL", () -> "http://127.0.0.1:9");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
        registry.add("CASES_URI", services::uri);
        registry.add("REFERRALS_URI", services::uri);
        registry.add("NOTIFICATIONS_URI", services::uri);
        registry.add("careloop.gateway.request-body-deadline", () -> "3s");
        registry.add("careloop.gateway.trusted-proxies", () -> "127.0.0.2");
        // low enough that a burst exceeds it however slowly this machine sends it
        registry.add("careloop.gateway.rate-limit.per-address-per-second", () -> "20");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /** Stands in for a defect in the gateway's own code. */
    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/api/failing")
        String fail() {
            throw new IllegalStateException("a defect");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndTheServiceGetsNoMoreThanTheLimit() {
        Answer answer = raw().chunked("PUT", "/api/cases/5a1e0000-0000-4000-8000-0000000000aa/treatment-summary",
                Map.of("Authorization", "Bearer " + issuer.token(TestUser.SAM), "Content-Type", "application/json"),
                50L * 1024 * 1024, 64 * 1024);

        assertProblem(answer, 413, "/request-too-large");
        assertThat(answer.bytesSent()).as("bytes the gateway took before answering").isLessThan(10L * 1024 * 1024);
        assertThat(answer.closed()).as("the connection is closed after the 413").isTrue();
        services.all().stream().filter(r -> r.path().endsWith("/treatment-summary"))
                .forEach(r -> assertThat(r.bodyBytes()).as("bytes the service received").isLessThanOrEqualTo(LIMIT));
    }

    @Test
    void aBodyDeclaredTooLargeIs413BeforeAnythingIsRead() {
        Answer answer = raw().withLength("POST", "/api/cases",
                Map.of("Authorization", "Bearer " + issuer.token(TestUser.SAM), "Content-Type", "application/json"),
                LIMIT + 1);

        assertProblem(answer, 413, "/request-too-large");
    }

    @Test
    void aBodyThatTricklesInIsEndedWith408AndTheConnectionClosed() {
        Answer answer = raw().trickle("POST", "/api/cases",
                Map.of("Authorization", "Bearer " + issuer.token(TestUser.SAM), "Content-Type", "application/json"),
                1_000, Duration.ofMillis(700));

        assertProblem(answer, 408, "/request-timeout");
        assertThat(answer.took()).isLessThan(Duration.ofSeconds(8));
        assertThat(answer.closed()).as("the connection is closed after the 408").isTrue();
    }

    @Test
    void everyErrorTheGatewayMakesItselfIsAProblem() {
        String token = "Bearer " + issuer.token(TestUser.SAM);
        List<Answer> answers = List.of(
                assertProblem(raw().send("GET", "/api/nothing-here", Map.of("Authorization", token)), 404,
                        "/not-found"),
                assertProblem(raw().send("DELETE", "/api/me", Map.of("Authorization", token)), 405,
                        "/method-not-allowed"),
                assertProblem(raw().send("GET", "/api/failing", Map.of("Authorization", token)), 500,
                        "/internal-error"),
                assertProblem(raw().send("GET", "/api/me", Map.of("Authorization", token, "Accept", "text/csv")),
                        406, "/not-acceptable"));
        for (Answer answer : answers) {
            assertThat(answer.body()).doesNotContain("\"timestamp\"", "\"path\"", "\"error\"", "Exception",
                    "a defect");
        }
    }

    @Test
    void aFloodOfBadTokensFromOneAddressIsLimitedBeforeAuthentication() {
        List<HttpResponse<String>> responses = burst(150, "not-a-token", null);

        assertThat(responses).extracting(HttpResponse::statusCode).contains(401, 429).containsOnly(401, 429);
        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void aClientCannotEscapeTheLimitByNamingOtherAddresses() {
        List<HttpResponse<String>> responses = burst(150, "not-a-token", "203.0.113.");

        assertThat(responses).extracting(HttpResponse::statusCode).contains(429);
    }

    @Test
    void theServiceGetsTheClientsAddressAsTheGatewaySawItAndATraceTheGatewayChose() {
        String clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        Map<String, String> spoofed = Map.of("Authorization", "Bearer " + issuer.token(TestUser.SAM),
                "X-Forwarded-For", "198.51.100.7", "Forwarded", "for=198.51.100.7;proto=https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "traceparent", "00-" + clientTrace + "-00f067aa0ba902b7-01");

        assertThat(raw().send("GET", "/api/cases/direct", spoofed).status()).isEqualTo(200);
        BackendStub.Received direct = services.last("/api/cases/direct");
        assertThat(raw().from("127.0.0.2").send("GET", "/api/cases/proxied", spoofed).status()).isEqualTo(200);
        BackendStub.Received proxied = services.last("/api/cases/proxied");

        assertThat(direct.headers().get("X-forwarded-for")).as("X-Forwarded-For from a client")
                .containsExactly("127.0.0.1");
        assertThat(proxied.headers().get("X-forwarded-for")).as("X-Forwarded-For from a trusted proxy")
                .containsExactly("198.51.100.7");
        for (BackendStub.Received received : List.of(direct, proxied)) {
            assertThat(received.header("Forwarded")).isNull();
            assertThat(received.header("X-Forwarded-Host")).isNull();
            assertThat(received.header("X-Forwarded-Proto")).isNull();
            assertThat(received.headers().get("Traceparent")).hasSize(1);
            assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .doesNotContain(clientTrace);
        }
        assertThat(direct.header("traceparent")).isNotEqualTo(proxied.header("traceparent"));
    }

    private List<HttpResponse<String>> burst(int requests, String token, String forwardedPrefix) {
        // at once, so the one-second bucket cannot refill in between however slow the machine
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                    .header("Authorization", "Bearer " + token);
            if (forwardedPrefix != null) {
                request.header("X-Forwarded-For", forwardedPrefix + (i % 250 + 1));
            }
            burst.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = burst.stream().map(CompletableFuture::join).toList();
        // the buckets fill up again (a second's worth) before the next test
        Awaitility.await("the buckets refilled").pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(10)).until(() -> http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/cases")).header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 429);
        return responses;
    }

    private RawHttp raw() {
        return RawHttp.to("http://127.0.0.1:" + port);
    }

    private static Answer assertProblem(Answer answer, int status, String typeEnding) {
        assertThat(answer.status()).as("status of " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).endsWith(typeEnding);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        return answer;
    }
}
