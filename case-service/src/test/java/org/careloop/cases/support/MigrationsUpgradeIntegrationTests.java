package org.careloop.cases.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.careloop.support.migrations.SharedMigrationsAutoConfiguration;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.SharedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * B17 on case-service's own migrations (V1–V9, of which V8 and V9 change the shared audit trail): a database
 * migrated by main (one Flyway, one history) moves to the shared migrations' own history and then takes a new
 * shared migration, numbered below all of the service's.
 */
class MigrationsUpgradeIntegrationTests {

    private final SharedPostgres postgres = CareLoopTestInfrastructure.get().postgres();

    @Test
    void aDatabaseMigratedByMainTakesTheNextSharedMigration() throws SQLException {
        String database = "upgrade_from_main";
        postgres.createDatabase(database);
        // main: the service's and the shared migrations on one Flyway, one history, up to main's last (V9)
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), postgres.username(), postgres.password())
                .locations("classpath:db/migration", "classpath:db/support")
                .target("9")
                .load()
                .migrate();

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FlywayAutoConfiguration.class, SharedMigrationsAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + postgres.jdbcUrl(database),
                        "spring.datasource.username=" + postgres.username(),
                        "spring.datasource.password=" + postgres.password(),
                        "spring.flyway.locations=classpath:db/migration",
                        "spring.flyway.placeholders.runtime_user=" + postgres.username(),
                        "careloop.shared-migrations.locations=classpath:db/support,classpath:db/next-shared-test")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(versions(database, "flyway_support_history")).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5",
                "0.99");
        assertThat(versions(database, "flyway_schema_history")).containsExactly("1", "2", "3", "4", "5", "6", "7",
                "8", "9", "10");
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("insert into next_shared (id) values (1)");
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    private List<String> versions(String database, String history) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select version from " + history + " where type = 'SQL' order by installed_rank")) {
            while (result.next()) {
                versions.add(result.getString(1));
            }
        }
        return versions;
    }
}
