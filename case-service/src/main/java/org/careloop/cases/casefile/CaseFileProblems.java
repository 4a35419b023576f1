package org.careloop.cases.casefile;

import org.careloop.support.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The case file's failures as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseFileProblems {

    private static final Logger log = LoggerFactory.getLogger(CaseFileProblems.class);

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no case with this id that you can see.");
    }

    @ExceptionHandler(CaseClosedException.class)
    ProblemDetail caseClosed(CaseClosedException ex) {
        log.info("Refused a change of a closed case");
        return Problems.of(HttpStatus.CONFLICT, "case-closed", "Case closed",
                "This case is closed: its record is kept as it was closed and takes no more changes.");
    }

    @ExceptionHandler(ForbiddenTransitionException.class)
    ProblemDetail forbiddenTransition(ForbiddenTransitionException ex) {
        log.warn("Refused a status change from {}", ex.from());
        return Problems.of(HttpStatus.CONFLICT, "forbidden-transition", "Transition not allowed", ex.getMessage());
    }
}
