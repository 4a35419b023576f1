package org.careloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CaseServiceApplication.class);

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    /** The module documentation (diagrams and module canvases) is written into the repository's docs. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = repositoryRoot().resolve("docs/modules/case-service");

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                sortListings(file);
            }
        }

        assertThat(folder.resolve("components.puml")).content().contains("Rel(");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("all-docs.adoc", "module-casefile.puml", "module-casefile.adoc", "module-timeline.adoc");
        }
    }

    /** The tests run in the module's directory (Maven) or the repository's (an IDE): look upwards for it. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("case-service")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
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
