package org.careloop.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Protection in front of every service, in this order: no caching of API answers, the rate limit per client address
 * (before anything costly, authentication included), request bodies bounded in bytes and in time, the session's
 * absolute lifetime, and (after authentication) the rate limit per person.
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorFilters {

    @Bean
    ClientAddresses clientAddresses(GatewayProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    /** API answers are never cached by browsers. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter noStoreForApi() {
        return (exchange, chain) -> {
            if (isApi(exchange)) {
                exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }

    /**
     * Per client address, before authentication: a flood of bad tokens costs a bucket lookup, not a signature check.
     * The address is the one a trusted proxy reports, else the socket's.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    WebFilter addressRateLimit(GatewayProperties properties, ClientAddresses clientAddresses) {
        RateLimiter limiter = new RateLimiter(properties.rateLimit().perAddressPerSecond(),
                properties.rateLimit().maxTrackedClients());
        return (exchange, chain) -> !isApi(exchange) || limiter.tryTake(clientAddresses.of(exchange.getRequest()))
                ? chain.filter(exchange) : tooManyRequests(exchange);
    }

    /**
     * Bodies are counted as they are read, whether or not {@code Content-Length} was sent: the byte past the limit,
     * or the end of the deadline, ends the body with a problem (413 or 408) and the connection. A service never gets
     * more than the limit, because the chunk that would cross it is never passed on.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    WebFilter requestBodyLimits(GatewayProperties properties) {
        long maxBytes = properties.maxRequestBytes();
        Duration deadline = properties.requestBodyDeadline();
        return (exchange, chain) -> {
            if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
                return Problems.writeAndClose(exchange, RequestBodyRefused.tooLarge(maxBytes).problem());
            }
            ServerHttpRequest bounded = new ServerHttpRequestDecorator(exchange.getRequest()) {
                @Override
                public Flux<DataBuffer> getBody() {
                    return bounded(super.getBody(), maxBytes, Instant.now().plus(deadline));
                }
            };
            return chain.filter(exchange.mutate().request(bounded).build())
                    .onErrorResume(RequestBodyRefused.class, refused -> exchange.getResponse().isCommitted()
                            ? Mono.error(refused) : Problems.writeAndClose(exchange, refused.problem()));
        };
    }

    private static Flux<DataBuffer> bounded(Flux<DataBuffer> body, long maxBytes, Instant deadline) {
        AtomicLong read = new AtomicLong();
        return body.<DataBuffer>handle((buffer, sink) -> {
            if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                sink.error(RequestBodyRefused.tooLarge(maxBytes));
            } else {
                sink.next(buffer);
            }
        }).timeout(Mono.defer(() -> Mono.delay(untilDeadline(deadline))),
                buffer -> Mono.defer(() -> Mono.delay(untilDeadline(deadline))))
                .onErrorMap(java.util.concurrent.TimeoutException.class, timeout -> RequestBodyRefused.tooSlow());
    }

    private static Duration untilDeadline(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
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

    /** Per signed-in person, after authentication (it needs to know who). */
    @Bean
    WebFilter userRateLimit(GatewayProperties properties) {
        RateLimiter limiter = new RateLimiter(properties.rateLimit().perUserPerSecond(),
                properties.rateLimit().maxTrackedClients());
        return (exchange, chain) -> {
            if (!isApi(exchange)) {
                return chain.filter(exchange);
            }
            return exchange.getPrincipal().map(principal -> limiter.tryTake(principal.getName())).defaultIfEmpty(true)
                    .flatMap(allowed -> allowed ? chain.filter(exchange) : tooManyRequests(exchange));
        };
    }

    private static boolean isApi(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value().startsWith("/api/");
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return Problems.write(exchange, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests", "Slow down: try again in a second."));
    }
}
