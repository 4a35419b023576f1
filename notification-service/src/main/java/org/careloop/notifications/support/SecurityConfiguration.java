package org.careloop.notifications.support;

import org.careloop.support.audit.AuditTrail;
import org.careloop.support.audit.RoleRefusalAudit;
import org.careloop.support.problems.ProblemSecurityHandlers;
import org.careloop.support.problems.ProblemSecurityHandlers.AccessDeniedListener;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        ServiceSecurity.resourceServer(http, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/notifications/mail-failures").hasRole(CareLoopUser.ADMIN)
                        .requestMatchers("/api/notifications", "/api/notifications/**").authenticated()
                        .requestMatchers("/api/bereavement-plans", "/api/bereavement-plans/**", "/api/follow-ups/**")
                        .hasAnyRole(CareLoopUser.SOCIAL_WORKER, CareLoopUser.SUPERVISOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    AccessDeniedListener auditRoleDenials(AuditTrail audit) {
        return new RoleRefusalAudit(audit, RoleRefusalAudit.PathId.RECORD, "/api/bereavement-plans");
    }
}
