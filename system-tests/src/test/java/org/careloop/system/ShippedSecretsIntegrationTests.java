package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.careloop.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * S18: the secrets in this repository are for the local run only. A service or the gateway started under another
 * profile with one of them does not start; the gateway's session cookie is Secure outside the local run.
 */
class ShippedSecretsIntegrationTests {

    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;

    @Test
    void s18_outsideTheLocalProfileTheShippedSecretsAreRefusedAndTheSessionCookieIsSecure() throws Exception {
        Map<String, String> production = Map.of("spring.profiles.active", "production");
        List<String> refused = new java.util.ArrayList<>();
        for (String service : List.of("cases", "referrals", "notifications", "gateway")) {
            ServiceProcess outside = stack.stack.launchAnotherInstance(service, production);
            OptionalInt exit = outside.awaitExit(Duration.ofSeconds(120));
            assertThat(exit).as(service + " started with a shipped secret").isPresent();
            assertThat(exit.getAsInt()).as(service).isNotZero();
            assertThat(Files.readString(outside.log())).as(service)
                    .contains("is a default secret shipped for the local run");
            refused.add(service);
        }

        ServiceProcess gateway = stack.stack.launchAnotherInstance("gateway", Map.of("spring.profiles.active",
                "production", "spring.security.oauth2.client.registration.keycloak.client-secret",
                "a-secret-of-this-deployment")).awaitReady();
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(gateway.url() + "/oauth2/authorization/keycloak")).build(),
                HttpResponse.BodyHandlers.discarding());
        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("CARELOOP_SESSION=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        gateway.close();
        String localCookie = cookie(stack.gateway.url());
        assertThat(localCookie).doesNotContainIgnoringCase("; Secure");

        Scenario.report("S18", "outside the local profile " + refused + " refused to start with the shipped "
                + "secrets (exit status not 0, the property named in the log); the gateway with a real client secret "
                + "started and set CARELOOP_SESSION Secure; HttpOnly (the local run: not Secure, plain http)");
    }

    private static String cookie(String gateway) throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(gateway + "/oauth2/authorization/keycloak")).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("CARELOOP_SESSION=")).findFirst().orElseThrow();
    }
}
