package org.careloop.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request body the gateway stopped reading: larger than allowed, or too slow to arrive. Raised inside the body's
 * stream, so it reaches the client through whichever path the stream was read on (a route's circuit breaker
 * fallback, or the gateway's error handler); it is the client's doing, never a failure of a service.
 */
final class RequestBodyRefused extends RuntimeException {

    private final transient ProblemDetail problem;

    private RequestBodyRefused(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    static RequestBodyRefused tooLarge(long maxBytes) {
        return new RequestBodyRefused(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                "Request too large", "The request body is larger than " + maxBytes + " bytes."));
    }

    static RequestBodyRefused tooSlow() {
        return new RequestBodyRefused(Problems.of(HttpStatus.REQUEST_TIMEOUT, "request-timeout", "Request timeout",
                "The request body did not arrive in time."));
    }

    ProblemDetail problem() {
        return problem;
    }

    /** The refusal among a failure's causes, or null. */
    static RequestBodyRefused in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
