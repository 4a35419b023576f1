package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.careloop.servers.KeycloakServer;
import org.careloop.testing.SseClient;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * S14: a live stream is bound to the token it was opened with. Browsers signed in at the gateway (session cookie
 * only) hold streams that end at the token's expiry and come back through the session with a fresh token, missing
 * nothing; that end at logout; and that cannot come back for a person who was disabled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveStreamIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The gateway's tokens live this long while a test shortens them (Keycloak's default is five minutes). */
    private static final int SHORT_LIFESPAN_SECONDS = 6;

    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;
    private static final KeycloakServer keycloak = stack.stack.keycloak();
    private static final String STREAM = stack.gateway.url() + "/api/notifications/stream";

    @Test
    @Order(1)
    void s14_aStreamEndsAtItsTokensExpiryAndComesBackThroughTheSessionMissingNothing() throws Exception {
        withShortGatewayTokens(() -> {
            BrowserSession hana = BrowserSession.login(stack.gateway.url(), "hana", "demo");
            try (EventSource stream = new EventSource(hana.cookieHeader())) {
                stream.awaitOpen();
                List<Long> created = new ArrayList<>();
                Instant until = Instant.now().plusSeconds(2L * SHORT_LIFESPAN_SECONDS + 3);
                while (Instant.now().isBefore(until)) {
                    created.add(notifySunrise());
                    Thread.sleep(200);
                }

                Awaitility.await("every notification reached the stream").atMost(Duration.ofSeconds(20))
                        .until(() -> stream.ids().containsAll(created));
                assertThat(stream.ids().stream().filter(created::contains).toList()).as("each once, in order")
                        .containsExactlyElementsOf(created);
                List<Duration> lifetimes = stream.lifetimes();
                assertThat(lifetimes).as("streams that ended").hasSizeGreaterThanOrEqualTo(2)
                        .allMatch(lifetime -> lifetime.compareTo(Duration.ofSeconds(SHORT_LIFESPAN_SECONDS + 2)) < 0);
                assertThat(stream.refusedWith()).isZero();
                Scenario.report("S14", ("a %d s token: the browser's stream ended %d times within %s s of opening "
                        + "and came back through the session with a fresh token each time; %d notifications created "
                        + "every 200 ms, each received once, in order (Last-Event-ID replayed what fell between); ")
                        .formatted(SHORT_LIFESPAN_SECONDS, lifetimes.size(), seconds(lifetimes), created.size())
                        + "retry: "
                        + stream.retry() + " ms");
            }
        });
    }

    @Test
    @Order(2)
    void s14_logoutEndsTheStreamsOfThatSessionOnly() {
        BrowserSession leaving = BrowserSession.login(stack.gateway.url(), "sam", "demo");
        BrowserSession staying = BrowserSession.login(stack.gateway.url(), "sam", "demo");
        try (SseClient ending = SseClient.connect(STREAM, leaving.cookieHeader(), null).awaitConnected();
                SseClient going = SseClient.connect(STREAM, staying.cookieHeader(), null).awaitConnected()) {
            Instant loggedOut = Instant.now();
            assertThat(leaving.logout().statusCode()).isEqualTo(302);

            Instant ended = ending.awaitEnded(Duration.ofSeconds(5));
            assertThat(Duration.between(loggedOut, ended)).isLessThan(Duration.ofSeconds(2));
            assertThat(going.endedAt()).as("the other session's stream").isNull();
            try (SseClient again = SseClient.connect(STREAM, leaving.cookieHeader(), null)) {
                again.awaitEnded(Duration.ofSeconds(10));
                assertThat(again.status()).as("reconnecting after logout").isEqualTo(401);
            }
            Scenario.report("S14", "logout ended the session's stream %d ms later; the same person's stream in "
                    .formatted(Duration.between(loggedOut, ended).toMillis()) + "another session stayed open; "
                    + "reconnecting with the old session cookie: 401");
        }
    }

    @Test
    @Order(3)
    void s14_aDisabledPersonsStreamEndsAtItsTokensExpiryAndCannotBeOpenedAgain() throws Exception {
        String username = "s14-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(keycloak.admin("POST", "/admin/realms/careloop/users", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "Test", "lastName": "Person",
                 "credentials": [{"type": "password", "value": "right-one", "temporary": false}]}"""
                .formatted(username, username)).statusCode()).isEqualTo(201);
        withShortGatewayTokens(() -> {
            BrowserSession person = BrowserSession.login(stack.gateway.url(), username, "right-one");
            try (EventSource stream = new EventSource(person.cookieHeader())) {
                stream.awaitOpen();
                JsonNode user = JSON.readTree(keycloak.admin("GET", "/admin/realms/careloop/users?exact=true"
                        + "&username=" + username, null).body()).get(0);
                ObjectNode disabled = ((ObjectNode) user).put("enabled", false);
                assertThat(keycloak.admin("PUT", "/admin/realms/careloop/users/" + user.get("id").asString(),
                        disabled.toString()).statusCode()).isEqualTo(204);

                Awaitility.await("the stream is refused").atMost(Duration.ofSeconds(SHORT_LIFESPAN_SECONDS + 10))
                        .until(() -> stream.refusedWith() != 0);
                assertThat(stream.lifetimes()).hasSize(1)
                        .allMatch(lifetime -> lifetime.compareTo(Duration.ofSeconds(SHORT_LIFESPAN_SECONDS + 2)) < 0);
                assertThat(stream.refusedWith()).as("reopening for a disabled person").isEqualTo(401);
                Scenario.report("S14", "a disabled person's stream ended %s s after it opened (a %d s token); "
                        .formatted(seconds(stream.lifetimes()), SHORT_LIFESPAN_SECONDS) + "opening it again: "
                        + stream.refusedWith() + " (the gateway's refresh of the token failed)");
            }
        });
    }

    /** A notification to Sunrise Hospice's staff, hana among them, as notification-service stores and announces one. */
    private static long notifySunrise() {
        return scenario.query("notifications", """
                with created as (
                    insert into notification (id, kind, title, body, link, recipient_org, created_at)
                    values (gen_random_uuid(), 'REFERRAL_REQUESTED', 'S14 live', 'S14', '/referrals/s14', '%s', now())
                    returning seq)
                select seq, pg_notify('careloop_notifications', seq::text) from created
                """.formatted(TestUser.SUNRISE_HOSPICE), rs -> rs.getLong(1)).getFirst();
    }

    private interface Steps {
        void run() throws Exception;
    }

    /** Runs the steps while the gateway's client gets short-lived tokens from Keycloak, then puts the lifespan back. */
    private static void withShortGatewayTokens(Steps steps) throws Exception {
        JsonNode client = JSON.readTree(keycloak.admin("GET",
                "/admin/realms/careloop/clients?clientId=careloop-gateway", null).body()).get(0);
        String path = "/admin/realms/careloop/clients/" + client.get("id").asString();
        String realmDefault = JSON.readTree(keycloak.admin("GET", "/admin/realms/careloop", null).body())
                .get("accessTokenLifespan").asString();
        ObjectNode shortened = (ObjectNode) client.deepCopy();
        ((ObjectNode) shortened.get("attributes")).put("access.token.lifespan", Integer.toString(SHORT_LIFESPAN_SECONDS));
        assertThat(keycloak.admin("PUT", path, shortened.toString()).statusCode()).isEqualTo(204);
        try {
            steps.run();
        } finally {
            ObjectNode restored = (ObjectNode) client.deepCopy();
            ((ObjectNode) restored.get("attributes")).put("access.token.lifespan", realmDefault);
            assertThat(keycloak.admin("PUT", path, restored.toString()).statusCode()).isEqualTo(204);
        }
    }

    private static String seconds(List<Duration> lifetimes) {
        return String.join(", ", lifetimes.stream().map(d -> "%.1f".formatted(d.toMillis() / 1000.0)).toList());
    }

    /**
     * What a browser's EventSource does, through the gateway with the session cookie: when the server ends the
     * stream, it waits {@code retry:} and reconnects with {@code Last-Event-ID}; an answer other than 200 ends it.
     */
    private static final class EventSource implements AutoCloseable {

        private record Connection(Instant opened, SseClient client) {
        }

        private final Map<String, String> cookie;
        private final List<Connection> connections = new CopyOnWriteArrayList<>();
        private final Thread loop;
        private volatile int refusedWith;
        private volatile boolean closed;

        EventSource(Map<String, String> cookie) {
            this.cookie = cookie;
            this.loop = Thread.ofVirtual().name("s14-event-source").start(this::run);
        }

        private void run() {
            String lastEventId = null;
            try {
                while (!closed) {
                    SseClient client = SseClient.connect(STREAM, cookie, lastEventId);
                    connections.add(new Connection(Instant.now(), client));
                    Awaitility.await().forever().pollInterval(Duration.ofMillis(20))
                            .until(() -> client.endedAt() != null || closed);
                    if (closed) {
                        return;
                    }
                    if (client.status() != 200) {
                        refusedWith = client.status();
                        return;
                    }
                    List<SseClient.Event> events = client.events();
                    if (!events.isEmpty()) {
                        lastEventId = events.getLast().id();
                    }
                    Thread.sleep(client.retry() == null ? 3000 : client.retry());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitOpen() {
            Awaitility.await("the stream is open").atMost(Duration.ofSeconds(10))
                    .until(() -> !connections.isEmpty() && connections.getFirst().client().status() == 200);
        }

        List<Long> ids() {
            return connections.stream().flatMap(c -> c.client().events().stream())
                    .filter(e -> e.id() != null).map(e -> Long.parseLong(e.id())).toList();
        }

        /** How long each stream that the server ended with a 200 had lasted. */
        List<Duration> lifetimes() {
            return connections.stream().filter(c -> c.client().status() == 200 && c.client().endedAt() != null)
                    .map(c -> Duration.between(c.opened(), c.client().endedAt())).toList();
        }

        Long retry() {
            return connections.getFirst().client().retry();
        }

        int refusedWith() {
            return refusedWith;
        }

        @Override
        public void close() {
            closed = true;
            loop.interrupt();
            connections.forEach(c -> c.client().close());
        }
    }
}
