package org.careloop.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careloop.localstack.CareLoopStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark command ({@code benchmarks/run [--smoke]}): starts the whole stack as the local run does (free
 * ports, throw-away data, the gateway's rate limits lifted: they would measure the limiter, not CareLoop), runs every
 * measurement, prints the table and writes it to {@code benchmarks/target/benchmark-results.md}.
 */
public final class Benchmarks {

    /** The person running the benchmarks reads these lines as they are (local-stack's logback.xml: "careloop"). */
    private static final Logger console = LoggerFactory.getLogger("careloop");

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        Sizes sizes = List.of(args).contains("--smoke") ? Sizes.smoke() : Sizes.full();
        // --only P1,P7: just these measurements (to work on one target)
        Set<String> only = List.of(args).stream().filter(arg -> arg.startsWith("--only="))
                .flatMap(arg -> Stream.of(arg.substring("--only=".length()).split(","))).collect(Collectors.toSet());
        Path root = Path.of(System.getProperty("careloop.root", "."));
        String table = Result.table(run(root, sizes, only, console::info));
        Path report = root.resolve("benchmarks/target/benchmark-results.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "CareLoop benchmarks (" + sizes.name() + " run, " + ZonedDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")\n\n" + table);
        console.info("");
        console.info(table);
        console.info("Written to {}", report);
    }

    /** Starts the stack, measures, stops the stack. */
    public static List<Result> run(Path root, Sizes sizes, Set<String> only,
            java.util.function.Consumer<String> progress) {
        CareLoopStack.Settings settings = CareLoopStack.Settings.ephemeral(root)
                .withServiceSetting("gateway", "RATE_LIMIT_USER", "1000000")
                .withServiceSetting("gateway", "RATE_LIMIT_ADDRESS", "1000000");
        progress.accept("Starting the whole stack (" + sizes.name() + " run) ...");
        long starting = System.nanoTime();
        try (CareLoopStack stack = CareLoopStack.start(settings, line -> progress.accept("  " + line))) {
            // Ctrl-C stops what the run started, too
            Thread stopper = new Thread(stack::close);
            Runtime.getRuntime().addShutdownHook(stopper);
            Duration ready = Duration.ofNanos(System.nanoTime() - starting);
            progress.accept("The stack is ready in " + BenchmarkRun.seconds(ready));
            // production starts with an empty directory: the benchmarks refer to the demo directory's services
            org.careloop.localstack.DemoDirectory.load(new org.careloop.servers.ApiClient(stack.gateway().url()),
                    stack.keycloak());
            return new BenchmarkRun(stack, sizes, progress).run(ready, only);
        }
    }
}
