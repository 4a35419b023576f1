package org.careloop.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the gateway under {@code careloop.gateway}.
 *
 * @param keycloakLogoutUri Keycloak's end-session endpoint, where logout ends the Keycloak session too
 * @param sessionMaxAge the absolute session lifetime (the idle timeout is {@code server.reactive.session.timeout})
 * @param maxRequestBytes the largest request body, counted as it is read
 * @param requestBodyDeadline how long a request body may take to arrive in full (a slow trickle is ended)
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway whose {@code X-Forwarded-For}
 *        names the client; empty (the default): the socket's address is the client
 */
@ConfigurationProperties("careloop.gateway")
public record GatewayProperties(String keycloakLogoutUri, @DefaultValue("10h") Duration sessionMaxAge,
        @DefaultValue RateLimit rateLimit, @DefaultValue("1048576") long maxRequestBytes,
        @DefaultValue("20s") Duration requestBodyDeadline, @DefaultValue List<String> trustedProxies) {

    /**
     * @param maxTrackedClients how many addresses and people the limiter remembers at once (its memory bound)
     */
    public record RateLimit(@DefaultValue("20") int perUserPerSecond, @DefaultValue("50") int perAddressPerSecond,
            @DefaultValue("100000") int maxTrackedClients) {
    }
}
