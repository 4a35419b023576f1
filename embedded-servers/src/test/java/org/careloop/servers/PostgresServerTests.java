package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's PostgreSQL and the tests' start the same way, from this classpath, with no test library. */
class PostgresServerTests {

    @Test
    void aThrowAwayServerAnswersWithItsSettingsAndIsGoneOnceClosed() throws Exception {
        String url;
        try (PostgresServer server = PostgresServer.throwAway(0, Map.of("track_commit_timestamp", "on"))) {
            url = server.jdbcUrl("postgres");

            assertThat(query(server.superuser(), "select version()")).startsWith("PostgreSQL 17");
            assertThat(query(server.superuser(), "show track_commit_timestamp")).isEqualTo("on");
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }

        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aPersistentServerKeepsItsDataAcrossStarts(@TempDir Path folder) throws Exception {
        int port = FreePorts.freePort();
        try (PostgresServer first = PostgresServer.persistent(port, folder.resolve("postgres"), Map.of())) {
            execute(first.superuser(), "create table kept (note text)");
            execute(first.superuser(), "insert into kept values ('still here')");
        }

        try (PostgresServer again = PostgresServer.persistent(port, folder.resolve("postgres"), Map.of())) {
            assertThat(query(again.superuser(), "select note from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aDatabaseIsReachedAsTheSuperuser() throws Exception {
        try (PostgresServer server = PostgresServer.throwAway(0, Map.of())) {
            execute(server.superuser(), "create database cases");

            assertThat(query(server.superuser("cases"), "select current_database() || ' ' || current_user"))
                    .isEqualTo("cases postgres");
        }
    }

    private static String query(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
