package org.careloop.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.careloop.servers.PostgresServer;

/**
 * One real PostgreSQL 17 server for the whole test JVM; each Spring test context gets a database of its own on it.
 */
public final class SharedPostgres {

    private final PostgresServer server;

    private SharedPostgres(PostgresServer server) {
        this.server = server;
    }

    static SharedPostgres start() {
        // stopped by CareLoopTestInfrastructure after the last context closed; durability is of no use to a test
        return new SharedPostgres(PostgresServer.throwAway(0, Map.of("max_connections", "300", "fsync", "off",
                "synchronous_commit", "off")));
    }

    public int port() {
        return server.port();
    }

    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = server.superuser().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    void stop() {
        server.close();
    }
}
