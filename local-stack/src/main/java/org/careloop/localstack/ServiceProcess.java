package org.careloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careloop.servers.OwnedProcess;
import org.careloop.servers.Polling;

/** One CareLoop service as its own process: the executable jar the build made, started like in production. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private volatile OwnedProcess process;
    private volatile long launchedAt;
    private volatile Duration readyAfter;

    private ServiceProcess(String name, Path jar, List<String> arguments, int port, Path log) {
        this.name = name;
        this.jar = jar;
        this.arguments = arguments;
        this.port = port;
        this.log = log;
    }

    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> settings, Path logs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar " + jar + ": build the services first");
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess service = new ServiceProcess(name, jar, List.copyOf(arguments), port,
                logs.resolve(name + ".log"));
        service.launch();
        return service;
    }

    /** Starts the process: with the startup cache of its jar when there is one (see {@link StartupCache}). */
    private void launch() {
        StartupCache.Launch prepared = StartupCache.prepare(jar);
        // lean on memory (benchmarks P6: ≤ 300 MB resident each): a small heap and code cache, the serial collector
        // (no collector threads on 2 cores); the full JIT, for throughput (P1, P2)
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms48m", "-Xmx160m", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(prepared.jvmOptions());
        command.addAll(List.of("-jar", prepared.jar().toString()));
        command.addAll(arguments);
        try {
            launchedAt = System.nanoTime();
            readyAfter = null;
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc's malloc keeps up to 8 arenas per core, each growing on its own: resident memory the JVM never
            // asked for (P6)
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            // a training process writes its startup cache as it exits: a stop gives it the time that takes
            process = OwnedProcess.start(builder, Duration.ofSeconds(prepared.training() ? 90 : 20));
            process.onExit().thenRun(() -> StartupCache.ended(prepared));
        } catch (RuntimeException e) {
            StartupCache.ended(prepared);
            throw e;
        }
    }

    /** Waits until the service says it is ready (its readiness probe answers 200). */
    public ServiceProcess awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Polling.until(name + " ready", Duration.ofSeconds(180), Duration.ofMillis(50), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        readyAfter = Duration.ofNanos(System.nanoTime() - launchedAt);
        return this;
    }

    /** From the launch of the current process to its first ready answer (to 50 ms), once {@link #awaitReady()}. */
    public Duration readyAfter() {
        return readyAfter;
    }

    /** Waits for the current process to end by itself; its exit code, or empty if it still runs after the wait. */
    public java.util.OptionalInt awaitExit(Duration atMost) {
        try {
            return java.util.OptionalInt.of(process.onExit().get(atMost.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS).exitValue());
        } catch (java.util.concurrent.TimeoutException e) {
            return java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The operating system's process id of the current process, to read its memory from {@code /proc}. */
    public long pid() {
        return process.pid();
    }

    /** Starts the service again after {@link #close()}, as an operator would after a crash or an upgrade. */
    public ServiceProcess restart() {
        close();
        launch();
        return awaitReady();
    }

    /** Ends the service the hard way (SIGKILL), as a crash or the kernel's OOM killer would. */
    public void kill() {
        process.kill();
    }

    public String name() {
        return name;
    }

    /** Where the process writes its log (appended across restarts). */
    public Path log() {
        return log;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.stop();
    }
}
