package org.careloop.gateway;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a service learns of the request's origin comes from the gateway alone: exactly one {@code X-Forwarded-For},
 * the client as the gateway saw it ({@link ClientAddresses}), and a W3C {@code traceparent} with a trace id the
 * gateway chose, so audit records carry an address and a trace no client picked. Whatever the client sent in
 * {@code Forwarded}, {@code X-Forwarded-*}, {@code X-Real-IP}, {@code traceparent} or {@code tracestate} is dropped.
 * (Spring Cloud Gateway, with no {@code trusted-proxies} of its own set, already removes {@code Forwarded} and
 * {@code X-Forwarded-*} and adds none; this filter runs after it and writes the gateway's own.)
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientAddresses clientAddresses;

    ForwardedHeaders(ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!fromClientAboutOrigin(name)) {
                headers.addAll(name, values);
            }
        });
        headers.set("X-Forwarded-For", clientAddresses.of(exchange.getRequest()));
        headers.set("traceparent", newTraceparent());
        return headers;
    }

    private static boolean fromClientAboutOrigin(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("forwarded") || lower.startsWith("x-forwarded-") || lower.equals("x-real-ip")
                || lower.equals("traceparent") || lower.equals("tracestate");
    }

    /** A new trace, sampled: random 16-byte trace id and 8-byte parent id (W3C Trace Context, version 00). */
    private static String newTraceparent() {
        byte[] traceId = new byte[16];
        byte[] parentId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(parentId);
        return "00-" + HexFormat.of().formatHex(traceId) + "-" + HexFormat.of().formatHex(parentId) + "-01";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Cloud Gateway's own header filters
    }
}
