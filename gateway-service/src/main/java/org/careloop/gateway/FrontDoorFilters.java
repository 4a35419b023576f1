package org.careloop.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/** Protection in front of every service: body size, caching, session lifetime, rate limits. */
@Configuration(proxyBeanMethods = false)
class FrontDoorFilters {

    /** Oversized bodies are refused before anything reads them; API answers are never cached by browsers. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter sizeAndCaching(GatewayProperties properties) {
        return (exchange, chain) -> {
            if (exchange.getRequest().getHeaders().getContentLength() > properties.maxRequestBytes()) {
                return Problems.write(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                        "Request too large", "The request body is larger than CareLoop accepts."));
            }
            if (exchange.getRequest().getPath().value().startsWith("/api/")) {
                exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }

    /** Sessions end after the absolute lifetime, however active (the idle timeout is the session store's). */
    @Bean
    @Order(-200) // before Spring Security (-100), so an expired session is gone before anyone looks at it
    WebFilter sessionMaxAge(GatewayProperties properties) {
        return (exchange, chain) -> exchange.getSession().flatMap(session -> {
            if (session.isStarted() && session.getCreationTime().plus(properties.sessionMaxAge())
                    .isBefore(Instant.now())) {
                return session.invalidate().then(chain.filter(exchange));
            }
            return chain.filter(exchange);
        });
    }

    /**
     * Rate limits per signed-in person and per client address: token buckets refilled every second. Kept in
     * memory, so with several gateway instances each enforces its share (a shared store would make it exact).
     */
    @Bean
    WebFilter rateLimit(GatewayProperties properties) {
        ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
        return (exchange, chain) -> {
            if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
                return chain.filter(exchange);
            }
            String address = exchange.getRequest().getRemoteAddress() == null ? "unknown"
                    : exchange.getRequest().getRemoteAddress().getAddress().getHostAddress();
            return exchange.getPrincipal().map(principal -> "user:" + principal.getName()).defaultIfEmpty("")
                    .flatMap(user -> {
                        boolean allowed = buckets.computeIfAbsent("address:" + address,
                                k -> new Bucket(properties.rateLimit().perAddressPerSecond())).take()
                                && (user.isEmpty() || buckets.computeIfAbsent(user,
                                        k -> new Bucket(properties.rateLimit().perUserPerSecond())).take());
                        if (allowed) {
                            return chain.filter(exchange);
                        }
                        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                        return Problems.write(exchange, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                                "Too many requests", "Slow down: try again in a second."));
                    });
        };
    }

    /** A token bucket of one second's worth of requests. */
    static final class Bucket {

        private final int perSecond;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / (double) Duration.ofSeconds(1).toNanos()
                    * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }

}
