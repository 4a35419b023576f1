package org.careloop.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.localstack.CareLoopStack;

/**
 * PostgreSQL's own load tool on one of our SQL transactions (the scripts in {@code pgbench/}), as the service's
 * database user, against the stack's server: what the database alone can do, the yardstick of P2.
 */
final class Pgbench {

    record Figures(double transactionsPerSecond, int clients) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PORT = Pattern.compile(":(\\d+)/");

    private Pgbench() {
    }

    static Figures run(CareLoopStack stack, String database, String script, int clients, Duration run,
            Map<String, String> variables) {
        Path file = copyOut(script);
        Matcher port = PORT.matcher(stack.postgresUrl(database));
        if (!port.find()) {
            throw new IllegalStateException("No port in " + stack.postgresUrl(database));
        }
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2",
                "-T", Long.toString(Math.max(1, run.toSeconds())), "-f", file.toString(), "-h", "127.0.0.1", "-p",
                port.group(1), "-U", database));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add(database);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // each service's database user has its database's name as password (CareLoopStack)
            builder.environment().put("PGPASSWORD", database);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Matcher tps = TPS.matcher(output);
            if (exit != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench failed (" + exit + "):\n" + output);
            }
            return new Figures(Double.parseDouble(tps.group(1)), clients);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run pgbench (Debian: apt-get install postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            file.toFile().delete();
        }
    }

    private static Path copyOut(String script) {
        try (InputStream in = Pgbench.class.getResourceAsStream("/pgbench/" + script)) {
            if (in == null) {
                throw new IllegalStateException("No pgbench script " + script);
            }
            Path file = Files.createTempFile("careloop-pgbench", ".sql");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
