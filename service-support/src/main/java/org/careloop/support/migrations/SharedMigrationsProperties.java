package org.careloop.support.migrations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The migrations every service shares (service-support's {@code db/support}), under
 * {@code careloop.shared-migrations}. They run on a Flyway and a history table of their own, before the service's
 * own migrations ({@code spring.flyway}), so that their numbers never meet the service's.
 *
 * @param locations where the shared migrations are: service-support's {@code classpath:db/support} (a test adds
 *        one of its own)
 * @param table their history table, next to the service's {@code flyway_schema_history}
 */
@ConfigurationProperties("careloop.shared-migrations")
public record SharedMigrationsProperties(@DefaultValue("classpath:db/support") List<String> locations,
        @DefaultValue("flyway_support_history") String table) {
}
