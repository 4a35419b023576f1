package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.servers.KeycloakServer;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against the real Keycloak (the server distribution, CareLoop's realm imported) and stand-in services:
 * Bearer tokens and browser sessions, token relay, CSRF, logout, protection and failure answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ShippedSecrets.LOCAL)
class GatewayIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("careloop.keycloak.zip")),
            Path.of(System.getProperty("careloop.keycloak.realm")));
    static final BackendStub services = new BackendStub();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloakAndServices(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_URL", keycloak::baseUrl);
        registry.add("KEYCLOAK_PUBLIC_URL", keycloak::baseUrl);
        registry.add("KEYCLOAK_ISSUER_URI", keycloak::issuerUri);
        registry.add("CASES_URI", services::uri);
        registry.add("REFERRALS_URI", services::uri);
        registry.add("NOTIFICATIONS_URI", () -> "http://127.0.0.1:9"); // nothing listens: a service that is down
        registry.add("GATEWAY_RESPONSE_TIMEOUT", () -> "1s");
    }

    @AfterAll
    static void stop() {
        services.close();
        keycloak.close();
    }

    @Test
    void anApiClientsBearerTokenIsCheckedAndRelayedAndCookiesStayBehind() throws Exception {
        String token = keycloak.token("sam", "demo");

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/cases?size=5"))
                .header("Authorization", "Bearer " + token).header("Cookie", "tracking=1").build());

        assertThat(response.statusCode()).isEqualTo(200);
        BackendStub.Received received = services.last("/api/cases");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    void meTellsWhoIsSignedInFromTheToken() throws Exception {
        JsonNode sam = JSON.readTree(send(HttpRequest.newBuilder(gateway("/api/me"))
                .header("Authorization", "Bearer " + keycloak.token("sam", "demo")).build()).body());
        JsonNode hana = JSON.readTree(send(HttpRequest.newBuilder(gateway("/api/me"))
                .header("Authorization", "Bearer " + keycloak.token("hana", "demo")).build()).body());

        assertThat(sam.get("username").asString()).isEqualTo("sam");
        assertThat(sam.get("roles").findValuesAsString("")).isEmpty();
        assertThat(sam.get("roles").get(0).asString()).isEqualTo("social-worker");
        assertThat(sam.get("team").asString()).isEqualTo("palliative-north");
        assertThat(hana.get("org").asString()).isEqualTo(TestUser.SUNRISE_HOSPICE);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AndPagesGoToTheLogin() throws Exception {
        String samsToken = keycloak.token("sam", "demo");
        String[] parts = samsToken.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        String foreign = TestIssuer.startStandalone().token(TestUser.SAM); // a well-formed token of another issuer
        keycloak.addClientWithoutCareLoopAudience("another-app");
        String otherAudience = keycloak.token("another-app", "sam", "demo"); // Keycloak's, but not for CareLoop

        for (String token : new String[] { null, tampered, foreign, otherAudience, "not-a-jwt" }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway("/api/cases"));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = send(request.build());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(gateway("/")).build());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");
    }

    /**
     * Issue 14: a browser's sign-in hung at the OAuth2 callback, which the gateway never answered. The callback came
     * on a kept-alive connection that had carried two requests: the first (a new session, which completes on another
     * thread) was still ending when the second (with that session's cookie, answered at once) arrived. Reactor Netty
     * 1.3.6 then left the connection without a pending read, so the third request was read only when the browser
     * gave up and closed it (reactor-netty issue 4361, fixed in 1.3.8). Sent here on one connection, as the browser
     * did, the second one pipelined so that it always arrives before the first has ended.
     */
    @Test
    void aKeptAliveConnectionIsAnsweredAfterARequestThatWaitedForThePreviousOne() throws Exception {
        // a page asked for by a browser: the gateway remembers it in a new session before sending it to the login
        HttpResponse<String> first = send(HttpRequest.newBuilder(gateway("/")).header("Accept", "text/html").build());
        String session = first.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("CARELOOP_SESSION=")).findFirst().orElseThrow().split(";")[0];

        try (java.net.Socket connection = new java.net.Socket("127.0.0.1", port)) {
            connection.setSoTimeout(15_000);
            var out = connection.getOutputStream();
            var in = new java.io.BufferedInputStream(connection.getInputStream());
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n"
                    + "GET /oauth2/authorization/keycloak HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + session
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponseHead(in)).startsWith("HTTP/1.1 302");
            assertThat(readResponseHead(in)).startsWith("HTTP/1.1 302");

            out.write("GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponseHead(in)).as("the third request on the connection is answered")
                    .startsWith("HTTP/1.1 200");
        }
    }

    /** Reads one response's status line and headers, and skips its body (Content-Length or chunked). */
    private static String readResponseHead(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new java.io.EOFException("the connection closed after: " + head);
            }
            head.append((char) next);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        } else if (head.toString().toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            while (true) {
                StringBuilder size = new StringBuilder();
                for (int next = in.read(); next != '\n'; next = in.read()) {
                    size.append((char) next);
                }
                int chunk = Integer.parseInt(size.toString().strip(), 16);
                in.readNBytes(chunk + 2);
                if (chunk == 0) {
                    break;
                }
            }
        }
        return head.toString();
    }

    @Test
    void aBrowserLogsInOnKeycloakHoldsOnlyASessionCookieAndLogsOutOfBoth() throws Exception {
        Browser browser = new Browser();
        browser.login("sam", "demo");

        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("sam");
        HttpCookie session = browser.cookie("CARELOOP_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(browser.setCookieHeaders).anyMatch(h -> h.startsWith("CARELOOP_SESSION=")
                && h.contains("SameSite=Lax") && h.toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        // the gateway hands the browser no token; Keycloak's own cookies stay on Keycloak's paths
        assertThat(browser.cookies()).filteredOn(c -> c.getPath() == null || !c.getPath().startsWith("/realms"))
                .noneMatch(c -> c.getValue().startsWith("eyJ"));

        HttpResponse<String> withoutCsrf = browser.post("/api/cases", null);
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        HttpResponse<String> withCsrf = browser.post("/api/cases", browser.cookie("XSRF-TOKEN").getValue());
        assertThat(withCsrf.statusCode()).isEqualTo(200);
        assertThat(services.last("/api/cases").header("Authorization")).startsWith("Bearer eyJ");

        HttpResponse<String> logout = browser.post("/logout", browser.cookie("XSRF-TOKEN").getValue());
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = logout.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(keycloak.issuerUri() + "/protocol/openid-connect/logout")
                .contains("id_token_hint=");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        // following the redirect ends the Keycloak session: a new login asks for the password again
        HttpResponse<String> keycloakLogout = browser.follow(browser.open(URI.create(endSession)));
        assertThat(keycloakLogout.statusCode()).isLessThan(400);
        HttpResponse<String> again = browser.follow(browser.get("/oauth2/authorization/keycloak"));
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void answersCarrySecurityHeadersAndNoBanner() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/me"))
                .header("Authorization", "Bearer " + keycloak.token("sue", "demo")).build());

        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void aServiceThatIsDownIs503AndOneTooSlowIs504AsProblemsNamingNoInternals() throws Exception {
        String token = keycloak.token("sam", "demo");

        HttpResponse<String> down = send(HttpRequest.newBuilder(gateway("/api/notifications"))
                .header("Authorization", "Bearer " + token).build());
        HttpResponse<String> slow = send(HttpRequest.newBuilder(gateway("/api/cases/slow"))
                .header("Authorization", "Bearer " + token).build());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(slow.statusCode()).isEqualTo(504);
        for (HttpResponse<String> response : List.of(down, slow)) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("127.0.0.1", "localhost", "Exception", "Connection");
        }
    }

    @Test
    void tooManyRequestsOfOnePersonAre429WithRetryAfter() throws Exception {
        String token = keycloak.token("sara", "demo");
        // a burst at once, so the one-second bucket cannot refill in between however slow the machine; on the
        // gateway's own /api/me, so the services' circuit breakers see none of it
        HttpClient http = HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            burst.add(http.sendAsync(HttpRequest.newBuilder(gateway("/api/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = burst.stream().map(java.util.concurrent.CompletableFuture::join)
                .toList();
        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no request was limited"));
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).isNotEmpty();
        // and it recovers: the bucket refills within a second
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> send(HttpRequest.newBuilder(gateway("/api/me"))
                        .header("Authorization", "Bearer " + token).build()).statusCode() == 200);
    }

    @Test
    void aHugeBodyIs413AndEachServicesApiDocumentIsServed() throws Exception {
        HttpResponse<String> huge = send(HttpRequest.newBuilder(gateway("/api/cases"))
                .header("Authorization", "Bearer " + keycloak.token("sam", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2_000_000))).build());
        HttpResponse<String> docs = send(HttpRequest.newBuilder(gateway("/v3/api-docs/cases")).build());

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(services.last("/v3/api-docs").path()).isEqualTo("/v3/api-docs");
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A browser: keeps cookies, follows redirects by hand, fills in Keycloak's login form. */
    private final class Browser {

        /** No request of this browser waits longer: a hang fails the test at once, saying where. */
        static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);

        final CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
        // browsers treat loopback addresses as secure and send Secure cookies (Keycloak's) to them over http
        final java.net.CookieHandler loopbackIsSecure = new java.net.CookieHandler() {
            @Override
            public java.util.Map<String, List<String>> get(URI uri, java.util.Map<String, List<String>> headers)
                    throws IOException {
                return cookies.get(secure(uri), headers);
            }

            @Override
            public void put(URI uri, java.util.Map<String, List<String>> headers) throws IOException {
                cookies.put(secure(uri), headers);
            }
        };
        /**
         * HTTP/1.1 as browsers speak it to a plain-http server, one client whose connections are kept alive and
         * reused, as a browser's are. (It once made a new connection for every request, because a kept-alive
         * connection sometimes went unanswered after a response that had not read the request's body: that was the
         * gateway's Reactor Netty defect of issue 14, and a real browser met it too.)
         */
        final HttpClient http = HttpClient.newBuilder().cookieHandler(loopbackIsSecure)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final List<String> setCookieHeaders = new ArrayList<>();

        void login(String username, String password) throws Exception {
            HttpResponse<String> response = follow(get("/oauth2/authorization/keycloak"));
            Matcher form = Pattern.compile("action=\"([^\"]+)\"").matcher(response.body());
            assertThat(form.find()).as("Keycloak's login form").isTrue();
            String action = form.group(1).replace("&amp;", "&");
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(action)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                            + "&credentialId="))
                    .build(), HttpResponse.BodyHandlers.ofString());
            record(submitted);
            follow(submitted);
        }

        HttpResponse<String> open(URI uri) throws Exception {
            return record(http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> get(String path) throws Exception {
            return record(http.send(HttpRequest.newBuilder(gateway(path)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, String csrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway(path))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            return record(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            while (response.statusCode() == 302 || response.statusCode() == 303) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = record(http.send(HttpRequest.newBuilder(next).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            return response;
        }

        private HttpResponse<String> record(HttpResponse<String> response) {
            setCookieHeaders.addAll(response.headers().allValues("Set-Cookie"));
            return response;
        }

        HttpCookie cookie(String name) {
            return cookies().stream().filter(c -> c.getName().equals(name)).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no cookie " + name));
        }

        List<HttpCookie> cookies() {
            return cookies.getCookieStore().get(secure(gateway("/")));
        }

        private static URI secure(URI uri) {
            return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
        }
    }
}
