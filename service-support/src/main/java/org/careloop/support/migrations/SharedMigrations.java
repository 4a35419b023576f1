package org.careloop.support.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * How every service migrates its database (B17). The shared migrations of service-support ({@code db/support},
 * V0_x) are numbered below the service's own (V1…); on one history, a new shared migration was "resolved but not
 * applied" below the applied ones and failed Flyway's validation on every database already migrated. So:
 * <ol>
 * <li>a database migrated on one history (before this scheme) moves its shared rows, as they are, to a history of
 * their own ({@code flyway_support_history}), in one transaction, under a lock (two instances may start at once);
 * <li>the shared migrations run on their own Flyway and history: a new one is always the next there;
 * <li>the service's own migrations run on Boot's {@code spring.flyway} settings and history, followed by the
 * {@code afterMigrate} grants of the runtime user ({@code db/support-grants}), which so run after both.
 * </ol>
 * Both Flyways run as the same owner role, on the same data source, with the same placeholders.
 */
public class SharedMigrations implements FlywayMigrationStrategy {

    /** The grants to the service's runtime user, an {@code afterMigrate} callback of the service's own Flyway. */
    static final String GRANTS = "classpath:db/support-grants";

    private static final Logger log = LoggerFactory.getLogger(SharedMigrations.class);

    private final SharedMigrationsProperties properties;

    public SharedMigrations(SharedMigrationsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void migrate(Flyway service) {
        Configuration configuration = service.getConfiguration();
        List<Location> shared = properties.locations().stream().map(Location::new).toList();
        for (Location location : configuration.getLocations()) {
            if (shared.contains(location)) {
                throw new IllegalStateException("spring.flyway.locations lists " + location + ": the shared "
                        + "migrations run on their own history (careloop.shared-migrations), not the service's");
            }
        }
        moveTheSharedHistory(configuration);
        Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .table(properties.table())
                .locations(shared.toArray(Location[]::new))
                .callbacks(new Callback[0])
                .load()
                .migrate();
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("support_history_table", properties.table());
        FluentConfiguration own = Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .locations(Stream.concat(Arrays.stream(configuration.getLocations()), Stream.of(new Location(GRANTS)))
                        .toArray(Location[]::new))
                .placeholders(placeholders);
        if (!hasHistory(configuration, configuration.getTable())) {
            // A new database: the shared migrations made the schema non-empty (and their Flyway refused a schema
            // that was not empty before). The service's history starts below its first migration.
            own.baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("<< Own migrations, after the shared ones >>");
        }
        own.load().migrate();
    }

    private static boolean hasHistory(Configuration configuration, String table) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return exists(connection, qualified(connection, schema(configuration), table));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for " + table, e);
        }
    }

    /**
     * A database migrated by one Flyway has the shared migrations' rows (versions 0.x) in the service's history:
     * they move to the shared history (created like the service's) as they are, checksums and all, and leave the
     * service's, whose Flyway no longer knows them. Nothing to do on a fresh database or one already moved.
     */
    private void moveTheSharedHistory(Configuration configuration) {
        String schema = schema(configuration);
        try (Connection connection = configuration.getDataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(hashtext('careloop.shared-migrations'))");
                String serviceTable = qualified(connection, schema, configuration.getTable());
                String sharedTable = qualified(connection, schema, properties.table());
                if (exists(connection, serviceTable) && !exists(connection, sharedTable)) {
                    int moved;
                    try (ResultSet rows = statement.executeQuery(
                            "select count(*) from " + serviceTable + " where version like '0.%'")) {
                        rows.next();
                        moved = rows.getInt(1);
                    }
                    if (moved > 0) {
                        statement.execute("create table " + sharedTable + " (like " + serviceTable
                                + " including all)");
                        statement.execute("insert into " + sharedTable + " select * from " + serviceTable
                                + " where version like '0.%'");
                        statement.execute("delete from " + serviceTable + " where version like '0.%'");
                        log.info("Moved {} shared migrations from {} to {}", moved, serviceTable, sharedTable);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the shared migrations to " + properties.table(), e);
        }
    }

    /** The schema Flyway keeps its history in: the default schema, the first of the schemas, or the current. */
    private static String schema(Configuration configuration) {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        String[] schemas = configuration.getSchemas();
        return schemas.length > 0 ? schemas[0] : null;
    }

    private static String qualified(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select quote_ident(coalesce(?, current_schema())) || '.' || quote_ident(?)")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static boolean exists(Connection connection, String qualifiedTable) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, qualifiedTable);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
