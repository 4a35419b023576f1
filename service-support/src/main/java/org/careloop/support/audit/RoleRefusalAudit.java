package org.careloop.support.audit;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.careloop.support.problems.ProblemSecurityHandlers.AccessDeniedListener;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.security.ScopeClaimFilter.ScopeClaimDenied;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Audits what a role rule refused before any controller ran: a person whose role may not touch these records at
 * all, or whose role's scope claim (team, organization) is not usable, still leaves a DENIED record, naming the
 * record of the path ({@code <prefix>/<id>/...}) where there is one.
 */
public final class RoleRefusalAudit implements AccessDeniedListener {

    /** What the id in the path names. */
    public enum PathId {
        CASE, RECORD
    }

    private final AuditTrail audit;
    private final List<String> prefixes;
    private final PathId pathId;

    /** The paths whose next segment is the id of what {@code pathId} names. */
    public RoleRefusalAudit(AuditTrail audit, PathId pathId, String... prefixes) {
        this.audit = audit;
        this.prefixes = Stream.of(prefixes).map(prefix -> prefix.endsWith("/") ? prefix : prefix + "/").toList();
        this.pathId = pathId;
    }

    @Override
    public void accessDenied(HttpServletRequest request, AccessDeniedException exception) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return;
        }
        UUID id = idIn(request.getRequestURI());
        String refused = exception instanceof ScopeClaimDenied ? "SCOPE_REFUSED " : "ROLE_REFUSED ";
        audit.record(CareLoopUser.of(authentication), refused + request.getMethod(),
                pathId == PathId.CASE ? id : null, pathId == PathId.RECORD ? id : null, AuditOutcome.DENIED);
    }

    private UUID idIn(String uri) {
        String prefix = uri == null ? null : prefixes.stream().filter(uri::startsWith).findFirst().orElse(null);
        if (prefix == null) {
            return null;
        }
        String rest = uri.substring(prefix.length());
        int slash = rest.indexOf('/');
        try {
            return UUID.fromString(slash < 0 ? rest : rest.substring(0, slash));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
