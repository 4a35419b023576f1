package org.careloop.referrals.referral;

import org.careloop.referrals.directory.NotInDirectoryException;
import org.careloop.support.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Referral and directory failures as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblems {

    private static final Logger log = LoggerFactory.getLogger(ReferralProblems.class);

    @ExceptionHandler(ReferralNotFoundException.class)
    ProblemDetail referralNotFound(ReferralNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "referral-not-found", "Referral not found",
                "There is no referral with this id that you can see.");
    }

    @ExceptionHandler(UnknownCaseException.class)
    ProblemDetail caseNotFound(UnknownCaseException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no case with this id that you can refer from.");
    }

    @ExceptionHandler(NotInDirectoryException.class)
    ProblemDetail notInDirectory(NotInDirectoryException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, ex.kind() + "-not-found", "Not in the directory", ex.getMessage());
    }

    @ExceptionHandler(ConsentRequiredException.class)
    ProblemDetail consentRequired(ConsentRequiredException ex) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "consent-required", "Consent required", ex.getMessage());
    }

    @ExceptionHandler(OutsideConsentScopeException.class)
    ProblemDetail outsideConsentScope(OutsideConsentScopeException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "outside-consent-scope",
                "Shared beyond the consent", "The shared summary holds " + ex.parts()
                        + ", which the consent does not cover. Nothing was stored.");
        problem.setProperty("errors", ex.errors().stream()
                .map(error -> new Problems.FieldProblem(error.field(), error.message())).toList());
        problem.setProperty("parts", ex.parts());
        return problem;
    }

    @ExceptionHandler(ServiceAtCapacityException.class)
    ProblemDetail atCapacity(ServiceAtCapacityException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "service-at-capacity", "Service at capacity",
                ex.getMessage());
        problem.setProperty("capacity", ex.capacity().code());
        problem.setProperty("serviceStatus", ex.serviceStatus().code());
        return problem;
    }

    @ExceptionHandler(ForbiddenReferralTransitionException.class)
    ProblemDetail forbiddenTransition(ForbiddenReferralTransitionException ex) {
        return Problems.of(HttpStatus.CONFLICT, "forbidden-transition", "Transition not allowed", ex.getMessage());
    }

    @ExceptionHandler(ReferralRefusedException.class)
    ProblemDetail refused(ReferralRefusedException ex) {
        log.warn("Refused a new referral: {}", ex.kind());
        return Problems.of(HttpStatus.CONFLICT, ex.kind(), "Referral not accepted", ex.getMessage());
    }

    @ExceptionHandler(ReferralNotSentException.class)
    ProblemDetail notSent(ReferralNotSentException ex) {
        return Problems.of(HttpStatus.CONFLICT, "referral-not-sent", "Referral not sent", ex.getMessage());
    }

    @ExceptionHandler(MessageNotFoundException.class)
    ProblemDetail messageNotFound(MessageNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "message-not-found", "Message not found",
                "There is no message with this id on this referral.");
    }
}
