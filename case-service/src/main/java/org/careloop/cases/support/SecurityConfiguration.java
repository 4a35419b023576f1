package org.careloop.cases.support;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.cases.audit.AuditOutcome;
import org.careloop.cases.audit.AuditTrail;
import org.careloop.support.problems.ProblemSecurityHandlers;
import org.careloop.support.problems.ProblemSecurityHandlers.AccessDeniedListener;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Pattern CASE_PATH = Pattern.compile("^/api/cases/([0-9a-fA-F-]{36})(/.*)?$");

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        ServiceSecurity.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/cases", "/api/cases/**")
                        .hasAnyRole(CareLoopUser.SOCIAL_WORKER, CareLoopUser.SUPERVISOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** A role that may not touch cases at all is refused before any controller runs: audit that too. */
    @Bean
    AccessDeniedListener auditRoleDenials(AuditTrail audit) {
        return request -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return;
            }
            Matcher matcher = CASE_PATH.matcher(request.getRequestURI());
            UUID caseId = matcher.matches() ? parse(matcher.group(1)) : null;
            audit.record(CareLoopUser.of(authentication), "ROLE_REFUSED " + request.getMethod(), caseId,
                    AuditOutcome.DENIED);
        };
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
