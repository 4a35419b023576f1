package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;

import reactor.core.publisher.Mono;

/** S4: session timeouts, without waiting hours: the idle timeout of the session store and the absolute lifetime. */
class SessionLifetimeTests {

    private static final GatewayProperties SETTINGS = new GatewayProperties("http://keycloak/logout",
            Duration.ofHours(10), new GatewayProperties.RateLimit(20, 50, 100_000), 1_048_576, Duration.ofSeconds(20),
            java.util.List.of());

    private final InMemoryWebSessionStore store = new InMemoryWebSessionStore();

    @Test
    void aSessionOlderThanTheAbsoluteLifetimeIsEndedHoweverActive() {
        WebSession session = sessionCreatedAgo(Duration.ofHours(10).plusMinutes(1));
        assertThat(passThrough(session).isStarted()).as("the filter ended it").isFalse();
        assertThat(store.retrieveSession(session.getId()).blockOptional()).isEmpty();
    }

    @Test
    void aYoungerSessionLivesOn() {
        WebSession session = sessionCreatedAgo(Duration.ofHours(9).plusMinutes(59));
        assertThat(passThrough(session).isStarted()).isTrue();
        assertThat(store.retrieveSession(session.getId()).blockOptional()).isPresent();
    }

    @Test
    void anIdleSessionExpiresAfterTheIdleTimeout() {
        WebSession session = sessionCreatedAgo(Duration.ZERO);
        session.setMaxIdleTime(Duration.ofMinutes(30)); // server.reactive.session.timeout
        session.save().block();
        store.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(31)));
        assertThat(store.retrieveSession(session.getId()).blockOptional()).as("expired after 30 idle minutes")
                .isEmpty();
    }

    private WebSession sessionCreatedAgo(Duration age) {
        store.setClock(Clock.fixed(Instant.now().minus(age), ZoneOffset.UTC));
        WebSession session = store.createWebSession().block();
        session.getAttributes().put("SPRING_SECURITY_CONTEXT", "someone");
        session.setMaxIdleTime(Duration.ofHours(11)); // a person active all along: only the absolute limit applies
        session.start();
        session.save().block();
        store.setClock(Clock.systemUTC());
        return session;
    }

    /** Runs the filter for a request that carries the session, and returns the session the chain saw. */
    private WebSession passThrough(WebSession stored) {
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/me")
                .cookie(new org.springframework.http.HttpCookie("SESSION", stored.getId())))
                .sessionManager(manager).build();
        AtomicReference<WebSession> seen = new AtomicReference<>();
        new FrontDoorFilters().sessionMaxAge(SETTINGS)
                .filter(exchange, next -> next.getSession().doOnNext(seen::set).then(Mono.empty()))
                .block();
        return seen.get();
    }
}
