package org.careloop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server (zonky's embedded binaries) that never outlives the JVM that started it, however that
 * JVM ends: {@code pg_ctl} detaches the server from its starter, so neither a JVM hook nor its parent's death would
 * end it. A guard ({@link OwnedProcess#afterThisJvm}) sends the postmaster SIGINT (fast shutdown) once this JVM has
 * ended, unless the server was closed before.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final OwnedProcess.Cancellable guard;

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
        this.guard = stopWhenThisJvmEnds(server);
    }

    /**
     * A server with empty data on the port (0: any free one), with these settings of {@code postgresql.conf}; its
     * data goes with it.
     */
    public static PostgresServer throwAway(int port, Map<String, String> settings) {
        return start(builder(port, settings));
    }

    /** A server on the port whose data stays in the folder across starts (the local run). */
    public static PostgresServer persistent(int port, Path dataDirectory, Map<String, String> settings) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(builder(port, settings).setDataDirectory(dataDirectory).setCleanDataDirectory(false));
    }

    private static EmbeddedPostgres.Builder builder(int port, Map<String, String> settings) {
        // stopped by close() and by the guard, not by a JVM hook that could race its users' own shutdown
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(port);
        settings.forEach(builder::setServerConfig);
        return builder;
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder) {
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        try {
            return new PostgresServer(server);
        } catch (RuntimeException e) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the guard's failure is the one to tell
            }
            throw e;
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The server's superuser ({@code postgres}) on its {@code postgres} database. */
    public DataSource superuser() {
        return server.getPostgresDatabase();
    }

    /** The server's superuser on another database. */
    public DataSource superuser(String database) {
        return server.getDatabase("postgres", database);
    }

    /** Stops the server (a fast shutdown) and cancels the guard. */
    @Override
    public void close() {
        try {
            server.close();
            guard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arranges a fast shutdown (SIGINT to the postmaster) once this JVM ends. */
    private static OwnedProcess.Cancellable stopWhenThisJvmEnds(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet directory = statement.executeQuery("show data_directory")) {
            directory.next();
            Path pidFile = Path.of(directory.getString(1), "postmaster.pid");
            String postmaster = Files.readAllLines(pidFile).getFirst().strip();
            return OwnedProcess.afterThisJvm(List.of("kill", "-INT", postmaster));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not find the postmaster of the embedded PostgreSQL", e);
        }
    }
}
