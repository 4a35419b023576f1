package org.careloop.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * When Keycloak refuses to refresh a session's token (the person was disabled, or their Keycloak session ended), the
 * session is over: it is invalidated and the answer is a 401 problem, so the dashboard goes to the login, where
 * Keycloak decides. Without this the refusal surfaced from TokenRelay as a 500 on every call, and a disabled
 * person's tab kept trying. Keycloak being unreachable is not a refusal and stays a failure of the gateway.
 */
@Component
class RefusedRefresh implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RefusedRefresh.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(OAuth2AuthorizationException.class, refused -> {
            log.warn("Ended a session whose token Keycloak refused to refresh: {}", refused.getError().getErrorCode());
            return exchange.getSession().flatMap(WebSession::invalidate).then(Problems.write(exchange,
                    Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                            "Your session has ended. Sign in again.")));
        });
    }

    /** Around TokenRelay, which runs among the route filters. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
