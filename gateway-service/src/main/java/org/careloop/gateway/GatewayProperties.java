package org.careloop.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the gateway under {@code careloop.gateway}.
 *
 * @param keycloakLogoutUri Keycloak's end-session endpoint, where logout ends the Keycloak session too
 * @param sessionMaxAge the absolute session lifetime (the idle timeout is {@code server.reactive.session.timeout})
 */
@ConfigurationProperties("careloop.gateway")
public record GatewayProperties(String keycloakLogoutUri, @DefaultValue("10h") Duration sessionMaxAge,
        @DefaultValue RateLimit rateLimit, @DefaultValue("1048576") long maxRequestBytes) {

    public record RateLimit(@DefaultValue("20") int perUserPerSecond, @DefaultValue("50") int perAddressPerSecond) {
    }
}
