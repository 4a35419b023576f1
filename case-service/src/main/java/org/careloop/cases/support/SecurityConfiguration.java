package org.careloop.cases.support;

import org.careloop.support.audit.AuditTrail;
import org.careloop.support.audit.RoleRefusalAudit;
import org.careloop.support.problems.ProblemSecurityHandlers;
import org.careloop.support.problems.ProblemSecurityHandlers.AccessDeniedListener;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        ServiceSecurity.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/access-log")
                        .hasAnyRole(CareLoopUser.SUPERVISOR, CareLoopUser.AUDITOR)
                        .requestMatchers("/api/cases", "/api/cases/**")
                        .hasAnyRole(CareLoopUser.SOCIAL_WORKER, CareLoopUser.SUPERVISOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** A role that may not touch these records at all is refused before any controller runs: audit that too. */
    @Bean
    AccessDeniedListener auditRoleDenials(AuditTrail audit) {
        return new RoleRefusalAudit(audit, RoleRefusalAudit.PathId.CASE, "/api/cases");
    }
}
