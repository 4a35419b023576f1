package org.careloop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The repository's {@code docs/} folder, which some tests keep up to date (the OpenAPI documents, the module
 * documentation). Surefire runs a module's tests in the module's folder, an IDE perhaps in the repository's: the
 * folder is looked for upwards.
 */
public final class RepositoryDocs {

    private RepositoryDocs() {
    }

    /** {@code docs/<relative>} of the repository the tests run in. */
    public static Path folder(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("docs").resolve(relative);
            }
        }
        throw new IllegalStateException("No repository (docs/ and mvnw) above " + Path.of("").toAbsolutePath());
    }

    /**
     * Writes a service's module documentation (Spring Modulith's {@link Documenter}: the component diagram and a
     * diagram and canvas per module) into {@code docs/modules/<service>/}, and returns that folder.
     */
    public static Path writeModuleDocumentation(ApplicationModules modules, String service) {
        Path folder = folder("modules/" + service);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                sortListings(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The lines Spring Modulith writes in runs that are lists: a diagram's components and relationships. */
    private static final List<String> LISTED = List.of("Rel(", "    Component(", "* ");

    /**
     * Spring Modulith writes a diagram's components and relationships and a canvas's lists ({@code * ...}, the
     * first in a table cell {@code |* ...}) in hash order, which changes from run to run: sorted, the committed
     * files change only when the modules do.
     */
    private static void sortListings(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> sorted = new ArrayList<>();
        for (int i = 0; i < lines.size();) {
            String cell = lines.get(i).startsWith("|* ") ? "|" : "";
            String line = lines.get(i).substring(cell.length());
            String listed = LISTED.stream().filter(line::startsWith).findFirst().orElse(null);
            if (listed == null) {
                sorted.add(line);
                i++;
                continue;
            }
            List<String> run = new ArrayList<>(List.of(line));
            for (i++; i < lines.size() && lines.get(i).startsWith(listed); i++) {
                run.add(lines.get(i));
            }
            Collections.sort(run);
            run.set(0, cell + run.getFirst());
            sorted.addAll(run);
        }
        Files.write(file, sorted);
    }
}
