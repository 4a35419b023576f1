package org.careloop.support.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every API request of a person whose role's scope claim is missing, blank or malformed, after the role
 * rules and before any controller: no list, record or change of any service is reached with a scope that scopes
 * nothing. The refusal goes through the access-denied handler, so it is a 403 problem and is audited as DENIED.
 */
public final class ScopeClaimFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                && request.getRequestURI().startsWith("/api/")) {
            String refusal = CareLoopUser.of(jwt).scopeRefusal();
            if (refusal != null) {
                throw new ScopeClaimDenied(refusal);
            }
        }
        chain.doFilter(request, response);
    }

    /** What the access-denied handler receives: the reason is safe to show the person. */
    public static final class ScopeClaimDenied extends AccessDeniedException {

        public ScopeClaimDenied(String message) {
            super(message);
        }
    }
}
