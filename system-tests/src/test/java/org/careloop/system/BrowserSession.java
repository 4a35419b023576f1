package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser signed in at the gateway the way the dashboard is: Keycloak's login form, then only the gateway's
 * session cookie (the gateway holds the tokens and relays them). The same steps as gateway-service's own
 * GatewayIntegrationTests, against the whole stack.
 */
final class BrowserSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String gateway;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private BrowserSession(String gateway) {
        this.gateway = gateway;
        // browsers send Secure cookies (Keycloak's) to loopback addresses over http
        CookieHandler loopbackIsSecure = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(secure(uri), headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                cookies.put(secure(uri), headers);
            }
        };
        http = HttpClient.newBuilder().cookieHandler(loopbackIsSecure).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static BrowserSession login(String gateway, String username, String password) {
        BrowserSession browser = new BrowserSession(gateway);
        HttpResponse<String> form = browser.follow(browser.send(HttpRequest.newBuilder(
                URI.create(gateway + "/oauth2/authorization/keycloak"))));
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> signedIn = browser.follow(browser.send(HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&credentialId="))));
        assertThat(signedIn.statusCode()).as("back at the gateway, signed in").isLessThan(400);
        assertThat(browser.get("/api/me").statusCode()).as("%s has a session", username).isEqualTo(200);
        return browser;
    }

    /** The Cookie header a browser's EventSource sends to the gateway. */
    Map<String, String> cookieHeader() {
        return Map.of("Cookie", "CARELOOP_SESSION=" + cookie("CARELOOP_SESSION"));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)));
    }

    /** Signs out as the dashboard does: a POST with the CSRF token. */
    HttpResponse<String> logout() {
        return send(HttpRequest.newBuilder(URI.create(gateway + "/logout"))
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String cookie(String name) {
        return cookies.getCookieStore().get(secure(URI.create(gateway + "/"))).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        while (response.statusCode() == 302 || response.statusCode() == 303) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI secure(URI uri) {
        return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
    }
}
