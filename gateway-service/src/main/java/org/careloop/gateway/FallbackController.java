package org.careloop.gateway;

import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * What a client gets when a service is down, failing or too slow (the circuit breaker sends it here): a problem,
 * 504 for a timeout and 503 otherwise, naming no host, port or exception. A request body the gateway refused while
 * sending it on (too large, too slow) ends here too, and answers as that refusal.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<ResponseEntity<ProblemDetail>> unavailable(ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        RequestBodyRefused refused = RequestBodyRefused.in(failure);
        if (refused != null) {
            // the client's body was refused while it was being sent on: the client's doing, not the service's
            return Mono.just(ResponseEntity.status(refused.problem().getStatus()).header("Connection", "close")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refused.problem()));
        }
        boolean timeout = false;
        for (Throwable cause = failure; cause != null && !timeout; cause = cause.getCause()) {
            // the circuit breaker's time limit, or the HTTP client's response timeout: both mean "too slow"
            timeout = cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout");
        }
        ProblemDetail problem = timeout
                ? Problems.of(HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout", "Took too long",
                        "A part of CareLoop took too long to answer. Nothing was lost; try again shortly.")
                : Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        "A part of CareLoop is not available right now. Try again shortly.");
        return Mono.just(ResponseEntity.status(problem.getStatus()).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }
}
