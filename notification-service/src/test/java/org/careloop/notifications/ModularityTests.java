package org.careloop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(NotificationServiceApplication.class);

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        modules.verify();
    }

    /** The module documentation is committed beside the service's page: docs/modules/notification-service/. */
    @Test
    void writesTheModuleDocumentation() {
        Path output = repositoryRoot().resolve("docs/modules/notification-service");

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeDocumentation();

        assertThat(output.resolve("components.puml")).isRegularFile();
        assertThat(output.resolve("module-bereavement.adoc")).isRegularFile();
    }

    /** Tests run in the module's directory under Maven, in the repository's in some IDEs: look upwards. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("notification-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root with docs/ above " + Path.of("").toAbsolutePath());
    }
}
