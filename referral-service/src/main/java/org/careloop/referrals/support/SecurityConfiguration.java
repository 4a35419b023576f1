package org.careloop.referrals.support;

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
                        .requestMatchers(HttpMethod.GET, "/api/directory/**").authenticated()
                        .requestMatchers("/api/directory/**").hasRole(CareLoopUser.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/referrals")
                        .hasAnyRole(CareLoopUser.SOCIAL_WORKER, CareLoopUser.SUPERVISOR)
                        .requestMatchers("/api/referrals", "/api/referrals/**")
                        .hasAnyRole(CareLoopUser.SOCIAL_WORKER, CareLoopUser.SUPERVISOR, CareLoopUser.HOSPICE_STAFF)
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * A role that may not touch these records (or change the directory) is refused before any controller runs: audit
     * that too.
     */
    @Bean
    AccessDeniedListener auditRoleDenials(AuditTrail audit) {
        return new RoleRefusalAudit(audit, RoleRefusalAudit.PathId.RECORD, "/api/referrals",
                "/api/directory/organizations", "/api/directory/services");
    }
}
