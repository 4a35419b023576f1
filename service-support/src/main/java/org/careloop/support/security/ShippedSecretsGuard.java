package org.careloop.support.security;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Outside the {@code local} profile a service refuses to start with a secret that CareLoop ships for the local run
 * (they are in this repository for anyone to read). It runs before any other bean is made, so a refused service
 * has not touched its database or the broker.
 */
public class ShippedSecretsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The profile of the local run, the tests and docker-compose: the only place the shipped secrets may be used. */
    public static final String LOCAL = "local";

    private final Map<String, Set<String>> shipped;
    private Environment environment;

    /** The shipped values of each secret, by property name. */
    public ShippedSecretsGuard(Map<String, Set<String>> shipped) {
        this.shipped = Map.copyOf(shipped);
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    /** Throws when a secret is blank or shipped and the local profile is not active. */
    public void check(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL))) {
            return;
        }
        shipped.forEach((property, values) -> {
            String value = environment.getProperty(property);
            if (value != null && (value.isBlank() || values.contains(value))) {
                throw new IllegalStateException("Refusing to start: " + property + " is a default secret shipped "
                        + "for the local run (allowed only with the '" + LOCAL + "' profile); set a real one");
            }
        });
    }
}
