package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void draftsLiveUnderXdgDataHomeElseTheHomeFolder() {
        assertThat(DraftStore.forUser(Map.of("XDG_DATA_HOME", "/x")).dir()).isEqualTo(Path.of("/x/formdesk/drafts"));
        assertThat(DraftStore.forUser(Map.of("HOME", "/home/w")).dir())
                .isEqualTo(Path.of("/home/w/.local/share/formdesk/drafts"));
    }

    @Test
    void theFolderIs0700AndEveryDraft0600() throws IOException {
        DraftStore store = new DraftStore(dir.resolve("drafts"));
        Files.createDirectories(store.dir());
        Files.setPosixFilePermissions(store.dir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        store.ensureDir();
        Path draft = store.newDraftPath("f");
        DraftStore.save(draft, "form: f\nvalues: {}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.dir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
        assertThat(draft.getFileName().toString()).startsWith("f-").endsWith(".yaml");
    }

    @Test
    void aCorruptDraftIsSetAside() throws IOException {
        Path draft = dir.resolve("d.yaml");
        Files.writeString(draft, "values: [");
        Path aside = DraftStore.setAside(draft);
        assertThat(draft).doesNotExist();
        assertThat(aside.getFileName().toString()).startsWith("d.yaml.corrupt-");
        assertThat(aside).hasContent("values: [");
    }

    @Test
    void aSaveOntoAFullDiskFailsAndLeavesTheOldDraftByteIdentical() throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0,
                "needs root to mount a small tmpfs");
        try {
            Path draft = mount.resolve("d.yaml");
            DraftStore.save(draft, "form: f\nvalues: {a: '1'}\n");
            byte[] before = Files.readAllBytes(draft);
            String huge = "x".repeat(200 * 1024);
            assertThatThrownBy(() -> DraftStore.save(draft, huge)).isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(draft)).isEqualTo(before);
            try (var files = Files.list(mount)) {
                assertThat(files).as("no temporary file left behind").containsExactly(draft);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsAndLeavesTheOldDraftByteIdentical() throws Exception {
        Path mount = dir.resolve("ro");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0,
                "needs root to mount a tmpfs");
        try {
            Path draft = mount.resolve("d.yaml");
            DraftStore.save(draft, "form: f\nvalues: {a: '1'}\n");
            byte[] before = Files.readAllBytes(draft);
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            assertThatThrownBy(() -> DraftStore.save(draft, "form: f\nvalues: {a: '2'}\n"))
                    .isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        } finally {
            run("umount", mount.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
