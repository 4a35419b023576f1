package org.careloop.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself produces (no route, wrong method or media type, a defect, a refused body) answers
 * as an RFC 9457 problem, never as Spring's default error JSON. Ordered before Boot's own handler (-1).
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        RequestBodyRefused refused = RequestBodyRefused.in(failure);
        if (refused != null) {
            return Problems.writeAndClose(exchange, refused.problem());
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            exchange.getResponse().getHeaders().putAll(status.getHeaders());
            return Problems.write(exchange, clientError(status.getStatusCode()));
        }
        log.error("Failed a request unexpectedly", failure);
        return Problems.write(exchange, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "Something went wrong on our side; it has been logged."));
    }

    private static ProblemDetail clientError(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String kind = status == HttpStatus.NOT_FOUND ? "not-found"
                : status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String detail = status == HttpStatus.NOT_FOUND ? "Nothing is here." : "The request was not accepted.";
        return Problems.of(status, kind, status.getReasonPhrase(), detail);
    }
}
