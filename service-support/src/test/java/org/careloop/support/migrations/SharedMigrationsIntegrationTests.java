package org.careloop.support.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.careloop.servers.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * B17: the shared migrations of service-support (db/support, V0_x) are numbered below every service's own (V1…).
 * On one history, the next shared migration failed Flyway's validation on every database already migrated. These
 * tests take a database migrated the way main did (one Flyway, {@code db/migration} + {@code db/support}), start
 * the service's migrations on it, and add a shared migration afterwards; on a real PostgreSQL, as the owner role
 * that runs the migrations, with the service's own runtime user.
 */
class SharedMigrationsIntegrationTests {

    private static final String SERVICE = "classpath:db/upgrade-test/service";
    private static final String NEXT_SHARED = "classpath:db/upgrade-test/next-shared";
    private static final String OWNER = "upgrade_owner";
    private static final String RUNTIME = "upgrade_runtime";
    private static final AtomicInteger databases = new AtomicInteger();

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws SQLException {
        postgres = PostgresServer.throwAway(0, Map.of("fsync", "off", "synchronous_commit", "off"));
        try (Connection connection = postgres.superuser().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
            statement.execute("create role " + RUNTIME + " login password '" + RUNTIME + "'");
        }
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void aDatabaseMigratedByMainTakesANewSharedMigration() throws SQLException {
        String database = migratedByMain();

        startTheService(database, true);

        assertThat(tableExists(database, "next_shared")).isTrue();
        assertThat(versions(database, "flyway_support_history")).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5",
                "0.99");
        assertThat(versions(database, "flyway_schema_history")).containsExactly("1", "9");
    }

    @Test
    void aDatabaseMigratedByMainKeepsItsSharedHistoryAndStartsAgain() throws SQLException {
        String database = migratedByMain();
        List<String> mainRows = rows(database, "flyway_schema_history", "version like '0.%'");

        startTheService(database, false);
        startTheService(database, false);

        // the shared rows moved as they were (checksums, ranks, dates): nothing is run twice, nothing forgotten
        assertThat(rows(database, "flyway_support_history", "true")).isEqualTo(mainRows);
        assertThat(versions(database, "flyway_schema_history")).containsExactly("1", "9");
        assertThat(tableExists(database, "care_note")).isTrue();
    }

    @Test
    void aFreshDatabaseMigratesAndLaterTakesANewSharedMigration() throws SQLException {
        String database = freshDatabase();

        startTheService(database, false);
        assertThat(versions(database, "flyway_support_history")).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5");
        assertThat(versions(database, "flyway_schema_history")).containsExactly("1", "9");

        startTheService(database, true);
        assertThat(versions(database, "flyway_support_history")).endsWith("0.99");
        assertThat(tableExists(database, "next_shared")).isTrue();
    }

    @Test
    void twoInstancesStartingTogetherOnADatabaseMigratedByMainBothStart() throws Exception {
        String database = migratedByMain();

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> startTheService(database, true));
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> startTheService(database, true));
        CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);

        assertThat(versions(database, "flyway_support_history")).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5",
                "0.99");
        assertThat(versions(database, "flyway_schema_history")).containsExactly("1", "9");
    }

    @Test
    void aServiceThatStillListsTheSharedMigrationsInItsOwnLocationsDoesNotStart() {
        String database = freshDatabase();

        assertThatThrownBy(() -> startTheService(database, false, "classpath:db/support"))
                .rootCause()
                .hasMessageContaining("spring.flyway.locations lists classpath:db/support");
    }

    @Test
    void theRuntimeUserGetsItsRightsAfterBothMigrations() throws SQLException {
        String database = migratedByMain();

        startTheService(database, true);

        try (Connection runtime = connect(database, RUNTIME); Statement statement = runtime.createStatement()) {
            // its own tables, the shared ones that came after, and the audit trail as before (issue 15)
            statement.execute("insert into care_note (id, body) values (gen_random_uuid(), 'x')");
            statement.execute("insert into next_shared (id) values (1)");
            statement.execute("insert into audit_record (recorded_at, action, outcome) values (now(), 'READ', 'ALLOWED')");
            assertThatThrownBy(() -> statement.execute("update audit_record set chain_hash = '\\x00'"))
                    .hasMessageContaining("permission denied");
            // neither history
            assertThatThrownBy(() -> statement.execute("select * from flyway_schema_history"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("select * from flyway_support_history"))
                    .hasMessageContaining("permission denied");
        }
    }

    /** A new database, migrated by main's one Flyway: the service's own and the shared migrations, one history. */
    private static String migratedByMain() {
        String database = freshDatabase();
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), OWNER, OWNER)
                // main's locations, and main's afterMigrate grants (then in db/support, a copy here)
                .locations(SERVICE, "classpath:db/support", "classpath:db/upgrade-test/main-grants")
                .placeholders(Map.of("runtime_user", RUNTIME))
                .load()
                .migrate();
        return database;
    }

    /** Starts the service's migrations as the service does: its application.yaml's settings, Boot's Flyway. */
    private static void startTheService(String database, boolean withTheNextSharedMigration,
            String... moreOwnLocations) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + postgres.jdbcUrl(database),
                "spring.datasource.username=" + RUNTIME,
                "spring.datasource.password=" + RUNTIME,
                "spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
                "spring.flyway.user=" + OWNER,
                "spring.flyway.password=" + OWNER,
                "spring.flyway.placeholders.runtime_user=" + RUNTIME));
        properties.add("spring.flyway.locations=" + String.join(",",
                Stream.concat(Stream.of(SERVICE), Stream.of(moreOwnLocations)).toList()));
        if (withTheNextSharedMigration) {
            properties.add("careloop.shared-migrations.locations=classpath:db/support," + NEXT_SHARED);
        }
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FlywayAutoConfiguration.class, SharedMigrationsAutoConfiguration.class))
                .withPropertyValues(properties.toArray(String[]::new))
                .run(context -> {
                    if (context.getStartupFailure() != null) {
                        throw new AssertionError("The service did not start on " + database,
                                context.getStartupFailure());
                    }
                });
    }

    private static String freshDatabase() {
        String name = "upgrade_" + databases.incrementAndGet();
        try (Connection connection = postgres.superuser().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    private static Connection connect(String database, String user) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), user, user);
    }

    private static boolean tableExists(String database, String table) throws SQLException {
        try (Connection connection = connect(database, OWNER); Statement statement = connection.createStatement();
                var result = statement.executeQuery("select to_regclass('" + table + "') is not null")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static List<String> versions(String database, String history) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect(database, OWNER); Statement statement = connection.createStatement();
                var result = statement.executeQuery("select version from " + history
                        + " where type = 'SQL' order by installed_rank")) {
            while (result.next()) {
                versions.add(result.getString(1));
            }
        }
        return versions;
    }

    private static List<String> rows(String database, String history, String where) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(database, OWNER); Statement statement = connection.createStatement();
                var result = statement.executeQuery("select installed_rank, version, description, type, script,"
                        + " checksum, installed_by, installed_on, success from " + history + " where " + where
                        + " order by installed_rank")) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 9; column++) {
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
