package org.careloop.support;

import java.util.Map;
import java.util.Set;

import org.careloop.support.problems.ApiProblems;
import org.careloop.support.problems.ProblemErrorController;
import org.careloop.support.problems.ProblemSecurityHandlers;
import org.careloop.support.problems.ProblemSecurityHandlers.AccessDeniedListener;
import org.careloop.support.problems.RequestSizeLimit;
import org.careloop.support.security.CachedJwtDecoder;
import org.careloop.support.security.ShippedSecretsGuard;
import org.careloop.support.web.HttpProperties;
import org.careloop.support.web.CodedModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** Problem details, 401/403 handlers and the request size limit, for every servlet service that has this jar. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(HttpProperties.class)
public class ServiceSupportAutoConfiguration {

    /**
     * Request bodies keep their JSON types: a number or a boolean where a text belongs is a 400, never stored as
     * "123" or "true" (together with {@code spring.jackson.mapper.allow-coercion-of-scalars: false} for the other
     * direction).
     */
    @Bean
    JsonMapperBuilderCustomizer strictTextTypes() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** Every coded enum is read from its code alone; any other value is a 400 that names the codes. */
    @Bean
    CodedModule codedModule() {
        return new CodedModule();
    }

    /** The database passwords CareLoop ships for the local run (runtime users and migration owners). */
    private static final Set<String> SHIPPED_DATABASE_PASSWORDS = Set.of("cases", "referrals", "notifications",
            "cases_owner", "referrals_owner", "notifications_owner");

    /** Outside the local profile, a service with a shipped database password does not start. */
    @Bean
    static ShippedSecretsGuard shippedSecretsGuard() {
        return new ShippedSecretsGuard(Map.of("spring.datasource.password", SHIPPED_DATABASE_PASSWORDS,
                "spring.flyway.password", SHIPPED_DATABASE_PASSWORDS));
    }

    /** Each token's signature is checked once, not on every request (see {@link CachedJwtDecoder}). */
    @Bean
    static BeanPostProcessor cachedJwtDecoder() {
        return CachedJwtDecoder.wrapping();
    }

    @Bean
    ApiProblems apiProblems() {
        return new ApiProblems();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json, ObjectProvider<AccessDeniedListener> listener) {
        return new ProblemSecurityHandlers(json, listener.getIfAvailable(() -> AccessDeniedListener.NONE));
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(JsonMapper json, HttpProperties http) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(http.maxRequestBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
