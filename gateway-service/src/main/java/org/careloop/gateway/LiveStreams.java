package org.careloop.gateway;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The live streams this gateway proxies for browser sessions (route {@value #ROUTE}), so that logging out ends them:
 * the session's tokens are gone, and a stream opened with one of them must not keep pushing until that token
 * expires. The browser sees a stream that ended, reconnects, and is answered 401. Streams of API clients with
 * their own Bearer token have no session and are left to their token's expiry, which notification-service enforces.
 */
@Component
class LiveStreams implements GlobalFilter, Ordered, ServerLogoutHandler {

    static final String ROUTE = "notifications-stream";

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    /** The open streams of each session, by session id; each ends when its signal is emitted. */
    private final Map<String, Set<Sinks.One<Boolean>>> bySession = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || !ROUTE.equals(route.getId())) {
            return chain.filter(exchange);
        }
        return exchange.getSession().flatMap(session -> {
            if (!session.isStarted()) {
                return chain.filter(exchange); // a Bearer client: no session that could log out
            }
            Sinks.One<Boolean> end = Sinks.one();
            bySession.computeIfAbsent(session.getId(), id -> ConcurrentHashMap.newKeySet()).add(end);
            return chain.filter(exchange.mutate().response(endable(exchange, end.asMono())).build())
                    .doFinally(signal -> forget(session.getId(), end));
        });
    }

    /** The response, whose body stops (and ends normally) when {@code end} fires. */
    private static ServerHttpResponseDecorator endable(ServerWebExchange exchange, Mono<Boolean> end) {
        return new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return super.writeWith(Flux.from(body).takeUntilOther(end));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return super.writeAndFlushWith(Flux.from(body).takeUntilOther(end));
            }
        };
    }

    /** Ends the streams of the session that logs out; runs before the session is invalidated. */
    @Override
    public Mono<Void> logout(WebFilterExchange exchange, Authentication authentication) {
        return exchange.getExchange().getSession().doOnNext(session -> end(session.getId())).then();
    }

    void end(String sessionId) {
        Set<Sinks.One<Boolean>> streams = bySession.remove(sessionId);
        if (streams != null && !streams.isEmpty()) {
            streams.forEach(stream -> stream.tryEmitValue(true));
            log.info("Ended {} live stream(s) of a session that logged out", streams.size());
        }
    }

    private void forget(String sessionId, Sinks.One<Boolean> end) {
        bySession.computeIfPresent(sessionId, (id, streams) -> {
            streams.remove(end);
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Before {@link NettyWriteResponseFilter} takes the response it writes the service's answer to. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }
}
