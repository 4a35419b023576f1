package org.careloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.careloop.servers.FileTrees;

/**
 * Makes a service start faster the second time: the JVM's AOT cache (Java 25+, JEP 514/515: classes loaded and
 * linked, method profiles) or, before Java 25, a dynamic CDS archive. Both need the executable jar in Spring Boot's
 * extracted form, made here once per build. The first run of a build trains: the cache is written when that
 * process exits normally (stopped, not killed); every later start uses it. A stale cache (another build, another
 * JDK) is refused by the JVM itself, which then starts as it would without one.
 */
final class StartupCache {

    /** Jars of which a process is training right now: one writer of a cache at a time. */
    private static final Set<Path> TRAINING = ConcurrentHashMap.newKeySet();
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;

    /** What to run and how: the extracted jar and the JVM options that use (or make) its cache. */
    record Launch(Path jar, List<String> jvmOptions, boolean training) {
    }

    private StartupCache() {
    }

    static Launch prepare(Path executableJar) {
        Path jar = extracted(executableJar);
        Path cache = jar.resolveSibling(AOT_CACHE ? "service.aot" : "service.jsa");
        if (!AOT_CACHE) {
            return new Launch(jar, List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + cache), false);
        }
        if (Files.isRegularFile(cache)) {
            return new Launch(jar, List.of("-XX:AOTCache=" + cache), false);
        }
        if (TRAINING.add(jar)) {
            return new Launch(jar, List.of("-XX:AOTCacheOutput=" + cache), true);
        }
        return new Launch(jar, List.of(), false);
    }

    /** Called when a launched process has ended, however it ended. */
    static void ended(Launch launch) {
        if (launch.training()) {
            TRAINING.remove(launch.jar());
        }
    }

    /** Spring Boot's own tool unpacks the jar (application jar + lib/), again whenever the build made a new one. */
    private static synchronized Path extracted(Path executableJar) {
        Path directory = executableJar.resolveSibling("extracted");
        Path jar = directory.resolve(executableJar.getFileName());
        // which build the folder holds: the extracted files keep the dates inside the jar, not the jar's own
        Path source = directory.resolve("extracted-from.txt");
        try {
            String build = Files.getLastModifiedTime(executableJar).toMillis() + " " + Files.size(executableJar);
            if (Files.isRegularFile(jar) && Files.isRegularFile(source) && Files.readString(source).equals(build)) {
                return jar;
            }
            FileTrees.deleteRecursively(directory);
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", executableJar.toString(), "extract", "--destination",
                    directory.toString()).redirectErrorStream(true).start();
            String output = new String(extract.getInputStream().readAllBytes());
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0 || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("Could not extract " + executableJar + ":\n" + output);
            }
            Files.writeString(source, build);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
