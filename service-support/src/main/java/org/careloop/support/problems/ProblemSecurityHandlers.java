package org.careloop.support.problems;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.careloop.support.security.ScopeClaimFilter.ScopeClaimDenied;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem details, so that API clients get the same shape of error everywhere. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final AccessDeniedListener deniedListener;

    public ProblemSecurityHandlers(JsonMapper json, AccessDeniedListener deniedListener) {
        this.json = json;
        this.deniedListener = deniedListener;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        // The cause stays out of the answer: it would tell an attacker which check the token failed.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careloop\"");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "A valid access token is required."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        deniedListener.accessDenied(request, exception);
        if (exception instanceof ScopeClaimDenied) {
            write(response, Problems.of(HttpStatus.FORBIDDEN, "scope-claim-invalid", "No valid scope",
                    exception.getMessage()));
            return;
        }
        write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Lets a service audit a request that its role or scope rules refused before any controller ran. */
    @FunctionalInterface
    public interface AccessDeniedListener {

        AccessDeniedListener NONE = (request, exception) -> {
        };

        void accessDenied(HttpServletRequest request, AccessDeniedException exception);
    }
}
