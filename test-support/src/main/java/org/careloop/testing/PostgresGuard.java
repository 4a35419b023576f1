package org.careloop.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stops an embedded PostgreSQL when the JVM that started it ends, however it ends: {@code pg_ctl} detaches the
 * server from its starter, so neither a JVM hook nor its parent's death would otherwise end it.
 */
public final class PostgresGuard {

    private PostgresGuard() {
    }

    /**
     * Arranges a fast shutdown (SIGINT to the postmaster) once this JVM ends; close the returned handle after
     * stopping the server yourself.
     */
    public static OwnedProcess.Cancellable stopWhenThisJvmEnds(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet directory = statement.executeQuery("show data_directory")) {
            directory.next();
            String postmaster = Files.readAllLines(Path.of(directory.getString(1), "postmaster.pid")).getFirst().strip();
            return OwnedProcess.afterThisJvm(List.of("kill", "-INT", postmaster));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not find the postmaster of the embedded PostgreSQL", e);
        }
    }
}
