package org.careloop.support.problems;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details the CareLoop way: a stable {@code type} URI per kind of problem, a fixed
 * {@code title}, a {@code detail} for this occurrence, and {@code errors[]} for fields. Never an exception
 * class name, never a stack trace.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://careloop.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + kind));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One entry of {@code errors[]}. */
    public record FieldProblem(String field, String message) {
    }
}
