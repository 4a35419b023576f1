package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing that the stack starts outlives it: not a shell's children, not after a hard end of the JVM that started
 * them (Surefire kills a test JVM that takes more than its exit timeout to end).
 */
class OwnedProcessTests {

    /** Like {@code kc.sh}: a shell that does not exec its server, whose children ignore SIGTERM. */
    private static final List<String> STUBBORN_TREE = List.of("bash", "-c",
            "trap '' TERM; sleep 600 & sleep 601 & echo started; wait");

    @Test
    void aStopEndsTheWholeGroupEvenWhatIgnoresSigterm(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("log");
        OwnedProcess tree = OwnedProcess.start(new ProcessBuilder(STUBBORN_TREE)
                .redirectOutput(log.toFile()), Duration.ofSeconds(1));
        List<ProcessHandle> started = awaitSleeps(tree);

        tree.stop();

        assertThat(tree.isAlive()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(Files.readString(log)).contains("started");
    }

    @Test
    void aCommandThatEndsAloneEndsItsGuardWithItsStatus() throws Exception {
        OwnedProcess command = OwnedProcess.start(new ProcessBuilder("bash", "-c", "exit 7"), Duration.ofSeconds(1));

        assertThat(command.waitFor(Duration.ofSeconds(10))).isTrue();
        assertThat(command.exitValue()).isEqualTo(7);
    }

    @Test
    void aKillEndsTheCommandAtOnceAndWhatItStarted() throws Exception {
        OwnedProcess tree = OwnedProcess.start(new ProcessBuilder(STUBBORN_TREE), Duration.ofSeconds(30));
        List<ProcessHandle> started = awaitSleeps(tree);

        tree.kill();

        assertThat(tree.isAlive()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void nothingOutlivesAJvmThatWasKilledHard(@TempDir Path folder) throws Exception {
        Path marker = folder.resolve("ran-after-the-jvm");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Starter.class.getName(), marker.toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
        String line = output.readLine();
        assertThat(line).as("what the JVM printed").startsWith("command ");
        ProcessHandle command = ProcessHandle.of(Long.parseLong(line.substring("command ".length()))).orElseThrow();
        List<ProcessHandle> tree = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> command.descendants().toList(), descendants -> descendants.size() == 2);

        jvm.destroyForcibly().waitFor();

        // the guard's grace (1 s), then SIGKILL
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !command.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(marker));
    }

    private static List<ProcessHandle> awaitSleeps(OwnedProcess tree) {
        ProcessHandle command = ProcessHandle.of(tree.pid()).orElseThrow();
        return Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> command.descendants().toList(), descendants -> descendants.size() == 2);
    }

    /** A JVM that starts a stubborn tree and arranges a command for after its end, then waits to be killed. */
    public static final class Starter {

        public static void main(String[] args) throws IOException {
            OwnedProcess tree = OwnedProcess.start(new ProcessBuilder(STUBBORN_TREE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD), Duration.ofSeconds(1));
            OwnedProcess.afterThisJvm(List.of("touch", args[0]));
            System.out.println("command " + tree.pid());
            System.out.flush();
            // until it is killed: its standard input, a pipe from the test, stays open until then
            System.in.read();
        }
    }
}
