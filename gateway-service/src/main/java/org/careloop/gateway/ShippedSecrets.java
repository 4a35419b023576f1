package org.careloop.gateway;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Outside the {@code local} profile the gateway refuses to start with a secret CareLoop ships for the local run:
 * its Keycloak client secret, or Keycloak's admin password when the deployment hands it over to be checked
 * ({@code KEYCLOAK_ADMIN_PASSWORD}, as docker-compose does). It runs before any other bean is made. (The services'
 * twin, for database passwords, is service-support's ShippedSecretsGuard.)
 */
@Configuration(proxyBeanMethods = false)
class ShippedSecrets {

    static final String LOCAL = "local";
    static final String CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";
    static final String KEYCLOAK_ADMIN_PASSWORD = "KEYCLOAK_ADMIN_PASSWORD";

    @Bean
    static BeanFactoryPostProcessor shippedSecretsGuard(Environment environment) {
        return beanFactory -> check(environment);
    }

    static void check(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL))) {
            return;
        }
        refuse(environment, CLIENT_SECRET, "careloop-gateway-local-secret");
        refuse(environment, KEYCLOAK_ADMIN_PASSWORD, "admin");
    }

    private static void refuse(Environment environment, String property, String shipped) {
        String value = environment.getProperty(property);
        if (value != null && (value.isBlank() || value.equals(shipped))) {
            throw new IllegalStateException("Refusing to start: " + property + " is a default secret shipped for "
                    + "the local run (allowed only with the '" + LOCAL + "' profile); set a real one");
        }
    }
}
