package org.careloop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 server (zonky's embedded binaries) for the whole test JVM; each Spring test context
 * gets a database of its own on it.
 */
public final class SharedPostgres {

    private final EmbeddedPostgres server;
    private final OwnedProcess.Cancellable guard;

    private SharedPostgres(EmbeddedPostgres server) {
        this.server = server;
        this.guard = PostgresGuard.stopWhenThisJvmEnds(server);
    }

    static SharedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    // stopped by CareLoopTestInfrastructure after the last context closed, not by a JVM hook
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new SharedPostgres(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
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
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    void stop() {
        try {
            server.close();
            guard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
