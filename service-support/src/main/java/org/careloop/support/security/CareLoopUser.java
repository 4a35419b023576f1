package org.careloop.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person behind a request, as Keycloak's access token says: realm roles, team (social workers and
 * supervisors), organization (hospice and partner staff) and e-mail address (where their notifications go).
 */
public record CareLoopUser(String issuer, String subject, String username, Set<String> roles, String team,
        String orgId, String email) {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String SUPERVISOR = "supervisor";
    public static final String HOSPICE_STAFF = "hospice-staff";
    public static final String ADMIN = "admin";
    /** A privacy officer: reads who accessed every case, never the health data itself. */
    public static final String AUDITOR = "auditor";

    /** Roles in the order that names a person's main role in the audit trail. */
    private static final List<String> ROLE_PRECEDENCE = List.of(SUPERVISOR, SOCIAL_WORKER, HOSPICE_STAFF, ADMIN,
            AUDITOR);

    /** A team's name: letters and digits, with spaces, dots, hyphens or underscores inside; at most 100 characters. */
    private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} ._-]{0,98}[\\p{L}\\p{N}])?");

    public static CareLoopUser of(Jwt jwt) {
        String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
        String username = jwt.getClaimAsString("preferred_username");
        return new CareLoopUser(issuer, jwt.getSubject(), username == null ? jwt.getSubject() : username,
                realmRoles(jwt), jwt.getClaimAsString("team"), jwt.getClaimAsString("org_id"),
                jwt.getClaimAsString("email"));
    }

    public static CareLoopUser of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return of(jwt);
        }
        throw new IllegalStateException("Not authenticated with a JWT");
    }

    static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Who holds a case, the one rule every service applies to its own copy of the case: the social worker it is
     * assigned to (by subject, never by username) and the supervisors of its team.
     */
    public boolean holdsCase(String assignedWorkerSub, String team) {
        return (hasRole(SOCIAL_WORKER) && subject != null && subject.equals(assignedWorkerSub))
                || isSupervisorOf(team);
    }

    public boolean isSupervisorOf(String team) {
        return hasRole(SUPERVISOR) && wellFormedTeam() && this.team.equals(team);
    }

    /**
     * Why this person's claims cannot scope what their roles see, or null when they can: social workers and
     * supervisors need a well-formed {@code team}, hospice staff an {@code org_id} that is an organization's id.
     * A missing scope must never read as "no filter".
     */
    public String scopeRefusal() {
        if ((hasRole(SOCIAL_WORKER) || hasRole(SUPERVISOR)) && !wellFormedTeam()) {
            return "Your account has no valid team; ask an administrator to set one.";
        }
        if (hasRole(HOSPICE_STAFF) && organization() == null) {
            return "Your account has no valid organization; ask an administrator to set one.";
        }
        return null;
    }

    /** The team that scopes this person's lists and reads; refused, never null, when the claim is not usable. */
    public String scopeTeam() {
        if (!wellFormedTeam()) {
            throw new ScopeClaimException("Your account has no valid team; ask an administrator to set one.");
        }
        return team;
    }

    /** The organization that scopes hospice staff's lists and reads; refused, never null, when not usable. */
    public UUID scopeOrganization() {
        UUID organization = organization();
        if (organization == null) {
            throw new ScopeClaimException("Your account has no valid organization; ask an administrator to set one.");
        }
        return organization;
    }

    private boolean wellFormedTeam() {
        return team != null && TEAM.matcher(team).matches();
    }

    private UUID organization() {
        if (orgId == null || orgId.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(orgId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The role that best names what the person acted as, for the audit trail. */
    public String mainRole() {
        return ROLE_PRECEDENCE.stream().filter(roles::contains).findFirst().orElse("none");
    }
}
