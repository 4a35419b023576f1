package org.careloop.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Wires every Spring test context of a service to the shared PostgreSQL (a database of its own, so contexts
 * never see each other's rows), the shared Kafka broker (a consumer group of its own: cached contexts are
 * paused, not closed, and must not steal each other's partitions) and the test token issuer. Inlined test
 * properties and {@code @DynamicPropertySource} still win, so a test can point somewhere else on purpose.
 */
public class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        // only services with a database need the servers (the gateway, for one, has none)
        boolean hasDatabase = ClassUtils.isPresent("org.springframework.jdbc.core.JdbcTemplate",
                testClass.getClassLoader());
        return hasDatabase ? new InfrastructureCustomizer() : null;
    }

    static final class InfrastructureCustomizer implements ContextCustomizer {

        private static final AtomicInteger contexts = new AtomicInteger();

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            CareLoopTestInfrastructure infrastructure = CareLoopTestInfrastructure.get();
            String name = "ctx_" + contexts.incrementAndGet();
            infrastructure.postgres().createDatabase(name);
            Map<String, Object> properties = Map.of(
                    "spring.datasource.url", infrastructure.postgres().jdbcUrl(name),
                    "spring.datasource.username", infrastructure.postgres().username(),
                    "spring.datasource.password", infrastructure.postgres().password(),
                    // the migrations' owner role is the service's own user here: one user, no grants to make
                    "spring.flyway.user", infrastructure.postgres().username(),
                    "spring.flyway.password", infrastructure.postgres().password(),
                    "spring.kafka.bootstrap-servers", infrastructure.kafka().bootstrapServers(),
                    "spring.kafka.consumer.group-id", name,
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri", infrastructure.issuer().issuerUri(),
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", infrastructure.issuer().jwkSetUri(),
                    "careloop.test.context", name);
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource source = new MapPropertySource("CareLoop test infrastructure", properties);
            if (sources.contains("Inlined Test Properties")) {
                sources.addAfter("Inlined Test Properties", source);
            } else {
                sources.addFirst(source);
            }
        }

        // One customizer for all: it must not split Spring's context cache.
        @Override
        public boolean equals(Object other) {
            return other instanceof InfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return InfrastructureCustomizer.class.hashCode();
        }
    }
}
