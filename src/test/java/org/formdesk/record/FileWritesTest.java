package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, findings 8 and 11: files replaced together are all replaced or none; modes of files replaced are kept. */
class FileWritesTest {
    @TempDir
    Path dir;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void whenTheSecondFileCannotBePlacedTheFirstIsPutBackAsItWas() throws Exception {
        Path yaml = dir.resolve("r.yaml");
        Path json = dir.resolve("r.json");
        Files.writeString(yaml, "status: draft-era\n");
        Files.createDirectories(json.resolve("in-the-way")); // a non-empty folder cannot be replaced by a file
        assertThatThrownBy(() -> FileWrites.together(files(yaml, "status: final\n", json, "{}")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(yaml)).isEqualTo("status: draft-era\n");
        assertThat(Files.isDirectory(json)).isTrue();
        assertThat(names()).containsExactlyInAnyOrder("r.yaml", "r.json");
    }

    @Test
    void aNewFirstFileIsRemovedWhenTheSecondFails() throws Exception {
        Path yaml = dir.resolve("r.yaml");
        Path json = dir.resolve("r.json");
        Files.createDirectories(json.resolve("in-the-way"));
        assertThatThrownBy(() -> FileWrites.together(files(yaml, "status: final\n", json, "{}")))
                .isInstanceOf(IOException.class);
        assertThat(yaml).doesNotExist();
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void onAFullDiskNeitherFileChangesAndNoTemporaryIsLeft() throws Exception {
        mount = dir.resolve("disk");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0,
                "needs root to mount a tmpfs");
        Path yaml = mount.resolve("r.yaml");
        Path json = mount.resolve("r.json");
        Files.writeString(yaml, "old yaml\n");
        Files.writeString(json, "old json\n");
        assertThatThrownBy(() -> FileWrites.together(files(yaml, "y".repeat(8_000), json, "j".repeat(200_000))))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Files.readString(yaml)).isEqualTo("old yaml\n");
        assertThat(Files.readString(json)).isEqualTo("old json\n");
        try (var left = Files.list(mount)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.yaml", "r.json");
        }
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneIsItsOwnersOnly() throws Exception {
        Path shared = dir.resolve("shared.yaml");
        Files.writeString(shared, "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        FileWrites.atomically(shared, "new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        Path fresh = dir.resolve("fresh.yaml");
        FileWrites.atomically(fresh, "new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
    }

    private java.util.List<String> names() throws IOException {
        try (var left = Files.list(dir)) {
            return left.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<Path, byte[]> files(Path a, String at, Path b, String bt) {
        Map<Path, byte[]> m = new LinkedHashMap<>();
        m.put(a, at.getBytes(StandardCharsets.UTF_8));
        m.put(b, bt.getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
