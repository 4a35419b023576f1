package org.careloop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server that the tests or the local run start (Keycloak, a Kafka broker, a service) and that never outlives the
 * JVM that started it, however that JVM ends: a clean stop, a failed test, or Surefire's SIGKILL once its exit
 * timeout has passed. A shutdown hook cannot promise that; the kernel can. The command runs in a process group of
 * its own under a small bash guard, whose standard input is a pipe from this JVM that nothing ever writes to: the
 * kernel closes it when this JVM ends, and the guard then ends the whole group (SIGTERM, then SIGKILL after the
 * grace period). The guard does the same when it is told to stop. So {@code kc.sh}, which does not exec its java,
 * cannot leave that java behind either.
 */
public final class OwnedProcess {

    /**
     * {@code $1}: grace in seconds; the rest: the command. Polls once a second for the end of its input (the JVM
     * ended) or of the command (then exits with its status); SIGTERM from the JVM ends the group at once.
     */
    private static final String GUARD = """
            set -u
            grace=$1; shift
            group=""
            end_group() {
              if [ -n "$group" ]; then
                kill -TERM -- "-$group" 2>/dev/null
                tenths=0
                while kill -0 -- "-$group" 2>/dev/null; do
                  if [ "$tenths" -ge $((grace * 10)) ]; then kill -KILL -- "-$group" 2>/dev/null; break; fi
                  sleep 0.1; tenths=$((tenths + 1))
                done
              fi
              exit 143
            }
            trap end_group TERM INT HUP
            exec 3<&0 0</dev/null
            setsid "$@" 3<&- &
            group=$!
            while kill -0 "$group" 2>/dev/null; do
              read -r -t 1 -u 3 _
              ended=$?
              if [ "$ended" -gt 0 ] && [ "$ended" -le 128 ]; then end_group; fi
            done
            wait "$group"
            status=$?
            kill -KILL -- "-$group" 2>/dev/null
            exit "$status"
            """;

    /** The same pipe, for a guard that only runs a command once this JVM has ended. */
    private static final String AFTER_JVM = """
            while read -r _; do :; done
            "$@"
            """;

    /** Cancels what was arranged; closing twice does nothing more. */
    public interface Cancellable extends AutoCloseable {
        @Override
        void close();
    }

    private static final Set<Process> LIVE_GUARDS = ConcurrentHashMap.newKeySet();

    private final Process guard;
    private final ProcessHandle command;
    private final Duration grace;

    private OwnedProcess(Process guard, ProcessHandle command, Duration grace) {
        this.guard = guard;
        this.command = command;
        this.grace = grace;
    }

    /**
     * Starts the builder's command (its output redirections and environment are kept; its standard input is the
     * guard's pipe and so is never given). {@code grace}: how long a stop waits for the group before SIGKILL.
     */
    public static OwnedProcess start(ProcessBuilder builder, Duration grace) {
        List<String> guarded = new ArrayList<>(List.of("bash", "-c", GUARD, "careloop-guard",
                Long.toString(Math.max(1, grace.toSeconds()))));
        guarded.addAll(builder.command());
        try {
            ProcessBuilder guarding = new ProcessBuilder(guarded).directory(builder.directory())
                    .redirectOutput(builder.redirectOutput()).redirectError(builder.redirectError())
                    .redirectErrorStream(builder.redirectErrorStream())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            guarding.environment().clear();
            guarding.environment().putAll(builder.environment());
            Process guard = keep(guarding.start());
            return new OwnedProcess(guard, commandOf(guard), grace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command (bash's builtins included) once this JVM has ended, however it ended: for a server that
     * detaches from its starter (PostgreSQL's {@code pg_ctl start}). Closing the returned handle cancels it, once
     * the server was stopped.
     */
    public static Cancellable afterThisJvm(List<String> command) {
        List<String> guarded = new ArrayList<>(List.of("bash", "-c", AFTER_JVM, "careloop-after-jvm"));
        guarded.addAll(command);
        try {
            Process guard = keep(new ProcessBuilder(guarded).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start());
            return guard::destroyForcibly;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's own process id (the guard's is of no interest), to read its memory and CPU time. */
    public long pid() {
        return command.pid();
    }

    public boolean isAlive() {
        return guard.isAlive();
    }

    /** The command's exit status, once it ended ({@code 143} when it was stopped). */
    public int exitValue() {
        return guard.exitValue();
    }

    public CompletableFuture<Process> onExit() {
        return guard.onExit();
    }

    public boolean waitFor(Duration timeout) throws InterruptedException {
        return guard.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the whole group: SIGTERM, then SIGKILL after the grace period; returns once it is gone. */
    public void stop() {
        guard.destroy();
        try {
            if (!guard.waitFor(grace.toSeconds() + 10, TimeUnit.SECONDS)) {
                command.descendants().forEach(ProcessHandle::destroyForcibly);
                command.destroyForcibly();
                guard.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends it the hard way (SIGKILL), as a crash or the kernel's OOM killer would; returns once it is gone. */
    public void kill() {
        command.destroyForcibly();
        try {
            // the guard then ends what the command left in its group, and itself
            guard.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The guard's one child that leads a process group of its own: the command, once {@code setsid} made it so. */
    private static ProcessHandle commandOf(Process guard) {
        return Polling.untilPresent("the guarded command", Duration.ofSeconds(10), Duration.ofMillis(5),
                () -> guard.toHandle().children().filter(OwnedProcess::leadsItsGroup).findFirst()
                        .or(() -> guard.isAlive() ? Optional.empty() : Optional.of(guard.toHandle())));
    }

    private static boolean leadsItsGroup(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // after "(comm)": state, ppid, pgrp
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]) == process.pid();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Holds every live guard, so that its pipe stays open for as long as it runs, whoever still holds it. */
    private static Process keep(Process guard) {
        LIVE_GUARDS.add(guard);
        guard.onExit().thenRun(() -> LIVE_GUARDS.remove(guard));
        return guard;
    }
}
