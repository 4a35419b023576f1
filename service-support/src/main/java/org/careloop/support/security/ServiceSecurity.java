package org.careloop.support.security;

import org.careloop.support.problems.ProblemSecurityHandlers;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * What every CareLoop service's filter chain has in common: a stateless resource server that validates
 * Keycloak's JWTs itself, answers 401/403 as problem details, refuses a role whose scope claim is not usable
 * ({@link ScopeClaimFilter}), and leaves error dispatch, health and the OpenAPI document open. Each service then
 * adds its own rules.
 */
public final class ServiceSecurity {

    private ServiceSecurity() {
    }

    public static HttpSecurity resourceServer(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRolesConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // after the role rules, inside the exception translation: a refusal is a 403 problem, audited
                .addFilterAfter(new ScopeClaimFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // error dispatch must stay open, or every 4xx turns into 401
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll());
    }
}
