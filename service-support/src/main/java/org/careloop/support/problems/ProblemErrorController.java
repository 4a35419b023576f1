package org.careloop.support.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page and JSON map: whatever reaches the container's error dispatch (an oversized
 * request, a path nothing handles) answers as a problem, naming no internals.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly (no error being dispatched), /error is just an address with nothing behind it
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer value && HttpStatus.resolve(value) != null
                        ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = switch (status) {
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", "Nothing is here.");
            case UNAUTHORIZED -> Problems.of(status, "unauthenticated", "Authentication required",
                    "A valid access token is required.");
            case FORBIDDEN -> Problems.of(status, "forbidden", "Forbidden", "Your role does not allow this.");
            case CONTENT_TOO_LARGE -> Problems.of(status, "request-too-large", "Request too large",
                    "The request body is larger than this service accepts.");
            default -> status.is4xxClientError()
                    ? Problems.of(status, "bad-request", status.getReasonPhrase(), "The request was not accepted.")
                    : Problems.of(status, "internal-error", "Internal error",
                            "Something went wrong on our side; it has been logged.");
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
