package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTests {

    @Test
    void aCopyHoldsEveryFileAndADeleteLeavesNothing(@TempDir Path folder) throws Exception {
        Path from = folder.resolve("from");
        Files.createDirectories(from.resolve("a/b"));
        Files.writeString(from.resolve("a/b/c.txt"), "c");
        Files.writeString(from.resolve("d.txt"), "d");
        Path to = folder.resolve("to");

        FileTrees.copyRecursively(from, to);
        FileTrees.deleteRecursively(from);

        assertThat(Files.readString(to.resolve("a/b/c.txt"))).isEqualTo("c");
        assertThat(Files.readString(to.resolve("d.txt"))).isEqualTo("d");
        assertThat(from).doesNotExist();
    }

    @Test
    void deletingWhatIsNotThereIsFine(@TempDir Path folder) {
        FileTrees.deleteRecursively(folder.resolve("never-made"));

        assertThat(folder).exists();
    }
}
