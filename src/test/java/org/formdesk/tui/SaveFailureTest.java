package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails (read-only or full disk) is said on the screen; the session goes on; the old draft stays. */
class SaveFailureTest {
    @TempDir
    Path dir;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    private Path smallDisk(String size) throws Exception {
        mount = dir.resolve("disk");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString()) == 0,
                "needs root to mount a tmpfs");
        return mount;
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheOldDraftIsByteIdentical() throws Exception {
        Path draft = smallDisk("256k").resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        d.type("2021").key(KeyType.Tab);
        byte[] before = Files.readAllBytes(draft);
        assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();

        d.type("示范区晋中开发区").key(KeyType.Tab);

        assertThat(d.text()).contains("保存失败，原草稿未改动");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        d.type("经济运行部").key(KeyType.Tab);
        assertThat(d.text()).as("the session goes on").contains("经济运行部");
    }

    @Test
    void aFullDiskIsReportedAndTheOldDraftIsByteIdentical() throws Exception {
        Path disk = smallDisk("48k");
        Path draft = disk.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        d.type("2021").key(KeyType.Tab);
        byte[] before = Files.readAllBytes(draft);
        fillUp(disk.resolve("filler"));

        d.type("示范区晋中开发区").key(KeyType.Tab);

        assertThat(d.text()).contains("保存失败，原草稿未改动");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
    }

    /** Writes until the disk refuses. */
    private static void fillUp(Path file) {
        try (var out = Files.newOutputStream(file)) {
            byte[] block = new byte[1024];
            for (int i = 0; i < 1024; i++) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: that is the point
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
