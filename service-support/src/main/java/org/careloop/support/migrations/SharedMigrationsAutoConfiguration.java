package org.careloop.support.migrations;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** Every service with Flyway migrates the shared migrations on their own history first (see {@link SharedMigrations}). */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass({ Flyway.class, FlywayMigrationStrategy.class })
@EnableConfigurationProperties(SharedMigrationsProperties.class)
public class SharedMigrationsAutoConfiguration {

    @Bean
    FlywayMigrationStrategy sharedMigrations(SharedMigrationsProperties properties) {
        return new SharedMigrations(properties);
    }
}
