package org.careloop.cases.support;

import java.util.List;

import org.careloop.support.problems.Problems;
import org.careloop.support.problems.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's domain-neutral failures as problem details; each feature maps its own next to it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblems {

    private static final Logger log = LoggerFactory.getLogger(ServiceProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException ex) {
        List<FieldProblem> errors = ex.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList();
        return Problems.invalid("The request has invalid fields.", errors);
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "The case was changed by someone else at the same moment; load it again and retry.");
    }

    /** The database is away: nothing was stored, and the client may try again shortly. */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        log.warn("Refused a request while the database is unavailable: {}", ex.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        "CareLoop cannot store or read cases right now; nothing was changed. Try again shortly."));
    }
}
