package org.careloop.support.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.careloop.support.problems.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps Spring MVC's own failures (validation, unreadable JSON, wrong types, unknown paths, wrong methods and
 * media types) to problem details with field errors; anything unexpected becomes a 500 problem that names no
 * internals. Services map their domain exceptions in their own advice, which runs first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problem(Problems.invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return problem(Problems.invalid("The request has invalid parameters.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return tooLarge;
        }
        JacksonException jackson = outermostJacksonCause(ex);
        if (jackson != null && !(jackson instanceof StreamReadException) && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            return problem(Problems.invalid("The request has invalid fields.",
                    List.of(new FieldProblem(field, message(jackson)))));
        }
        return problem(Problems.invalid("The request body is missing or is not well-formed JSON.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.invalid("A required parameter is missing.",
                List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "is not a valid " + (type == null ? "value" : simpleName(type));
        return problem(Problems.invalid("The request has invalid parameters.",
                List.of(new FieldProblem(ex.getName(), message))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        List<FieldProblem> errors = ex.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList();
        return problem(Problems.invalid("The request has invalid fields.", errors));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Object> notPermitted(NotPermittedException ex) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "Someone else changed this at the same moment; load it again and retry."));
    }

    /** The database is away: nothing was stored, and the client may try again shortly. */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
    ResponseEntity<Object> unavailable(Exception ex) {
        log.warn("Refused a request while the database is unavailable: {}", ex.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        "CareLoop cannot store or read this right now; nothing was changed. Try again shortly."));
    }

    /**
     * A value the database cannot hold (a NUL character in a text, a number beyond its column): the request's fault,
     * and nothing was stored (the transaction rolled back). Other integrity violations are CareLoop's own.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> unstorable(DataIntegrityViolationException ex) {
        if (ex.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            log.info("Refused a value the database cannot hold (SQL state {})", sql.getSQLState());
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value",
                    "A value in this request cannot be stored: an unusual character, or a number out of range."));
        }
        return unexpected(ex);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        ResponseEntity<Object> tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return tooLarge;
        }
        log.error("Failed a request unexpectedly", ex);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Spring's own ProblemDetails carry a type of about:blank; give them our stable kind instead.
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String reason = status == null ? "error" : status.name().toLowerCase().replace('_', '-');
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + reason));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A body cut off by {@link RequestSizeLimit} (however the reader wrapped it) is a 413, never a 400 or 500. */
    private static ResponseEntity<Object> tooLarge(Throwable ex) {
        for (Throwable cause = ex; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                log.warn("Refused a request body larger than the limit");
                return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                        tooLarge.getMessage()));
            }
        }
        return null;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** The Jackson exception that knows the field: the one nearest the top of the cause chain. */
    private static JacksonException outermostJacksonCause(Throwable ex) {
        for (Throwable cause = ex; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String message(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.toString(type.getEnumConstants());
            }
            if (ex instanceof InvalidFormatException || !type.isRecord()) {
                return "is not a valid " + simpleName(type);
            }
            return "must be an object";
        }
        return "is not valid here";
    }

    private static String simpleName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "instant (ISO-8601, UTC)";
            case "UUID" -> "id (UUID)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            default -> type.getSimpleName().toLowerCase();
        };
    }
}
