package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 1: formdesk never changes a folder it did not make, and a save that fails is never
 * reported as saved. The program runs as its own process, as a user starts it.
 */
class FolderModeTest {
    @TempDir
    Path dir;

    @Test
    void aDraftInASharedStickyFolderLeavesTheFolderAsItWas() throws Exception {
        for (String mode : new String[] {"1777", "755"}) {
            Path shared = Files.createDirectories(dir.resolve("shared" + mode));
            assertThat(sh("chmod", mode, shared.toString())).isZero();
            Fill run = fill(shared.resolve("d.yaml"), "2021\n");
            assertThat(run.code).as(run.out).isZero();
            assertThat(run.out).contains("草稿已保存");
            assertThat(Files.readString(shared.resolve("d.yaml"))).contains("fiscal_year: 2021");
            assertThat(modeOf(shared)).as("the folder's mode").isEqualTo(mode);
            assertThat(modeOf(shared.resolve("d.yaml"))).as("the draft is its owner's").isEqualTo("600");
        }
    }

    @Test
    void aFolderFormdeskMakesIsItsOwnersOnly() throws Exception {
        Path made = dir.resolve("new").resolve("d.yaml");
        assertThat(fill(made, "2021\n").code).isZero();
        assertThat(modeOf(made.getParent())).isEqualTo("700");
    }

    @Test
    void anotherUserInARootOwnedStickyFolderSavesAndTheFolderStays() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root to act as another user");
        Path shared = Files.createDirectories(dir.resolve("tmp"));
        assertThat(sh("chmod", "1777", dir.toString(), shared.toString())).isZero();
        Fill run = fillAs(shared.resolve("d.yaml"), "2021\n", "/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups");
        assertThat(run.code).as(run.out).isZero();
        assertThat(run.out).contains("草稿已保存").doesNotContain("保存失败");
        assertThat(modeOf(shared)).isEqualTo("1777");
    }

    @Test
    void aDraftTooBigToReadIsSetAsideLikeACorruptOneAndPlainSaysSo() throws Exception {
        // Issue 13, findings 7 and 11: never out of memory on every try, never a .lock left behind.
        Path draft = dir.resolve("d.yaml");
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        Files.write(draft, huge);
        Fill run = fill(draft, "2021\n", new String[0]);
        assertThat(run.code).as(run.out).isZero();
        assertThat(run.out).contains("草稿无法读取", "大小上限", "已另存为", "草稿已保存").doesNotContain("java.", "Exception");
        try (var files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("d.yaml.corrupt-")).toList();
            assertThat(aside).singleElement().satisfies(p -> assertThat(Files.size(p)).isEqualTo(huge.length));
        }
        assertThat(DraftLockFile.of(draft)).doesNotExist();
        assertThat(Files.readString(draft)).contains("fiscal_year: 2021");
    }

    @Test
    void aDraftThatIsNotUtf8IsToldByLineColumnAndByteInOneLanguage() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Files.write(draft, new byte[] {'f', 'o', 'r', 'm', ':', ' ', (byte) 0xff, '\n'});
        Fill run = fill(draft, "\n", new String[0]);
        assertThat(run.out).contains("第 1 行第 7 列", "0xff", "已另存为").doesNotContain("java.", "Exception", "not valid");
    }

    @Test
    void aDraftUnreadableOnlyForItsPermissionsIsNotSetAside() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root to act as another user");
        Path shared = Files.createDirectories(dir.resolve("tmp"));
        assertThat(sh("chmod", "1777", dir.toString(), shared.toString())).isZero();
        Path draft = shared.resolve("d.yaml");
        Files.writeString(draft, "form: dept-perf-self-eval\nvalues:\n  fiscal_year: 2021\n");
        assertThat(sh("chmod", "600", draft.toString())).isZero();
        Fill run = fillAs(draft, "\n", "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        assertThat(run.code).isNotZero();
        assertThat(run.out).contains("没有权限").doesNotContain("另存为", "java.", "Exception");
        try (var files = Files.list(shared)) {
            assertThat(files).containsExactly(draft);
        }
    }

    @Test
    void aFullDiskIsOneSentenceAndLeavesNoLockBehind() throws Exception {
        // Issue 13, finding 10: not "unexpected error: java.io.IOException: No space left on device", no empty .lock.
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", disk.toString()) == 0, "needs root to mount a tmpfs");
        try {
            try (var out = Files.newOutputStream(disk.resolve("filler"))) {
                out.write(new byte[64 * 1024]);
            } catch (IOException full) {
                // full now
            }
            Fill run = fill(disk.resolve("d.yaml"), "2021\n", new String[0]);
            assertThat(run.code).isNotZero();
            assertThat(run.out).contains("磁盘已满").doesNotContain("java.", "Exception", "草稿已保存");
            try (var files = Files.list(disk)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
            }
        } finally {
            sh("umount", disk.toString());
        }
    }

    /** The lock file's name beside a draft. */
    private static final class DraftLockFile {
        static Path of(Path draft) {
            return org.formdesk.record.DraftLock.lockFileOf(draft);
        }
    }

    private record Fill(int code, String out) {
    }

    /** As another user, who cannot read root's Maven repository: the class path copied where anyone may read it. */
    private Fill fillAs(Path draft, String input, String... prefix) throws IOException, InterruptedException {
        Path cp = Files.createDirectories(dir.resolve("cp"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path copy = cp.resolve(n++ + "-" + Path.of(entry).getFileName());
            assertThat(sh("cp", "-r", entry, copy.toString())).isZero();
            entries.add(copy.toString());
        }
        assertThat(sh("chmod", "-R", "a+rX", cp.toString())).isZero();
        return fill(draft, input, String.join(java.io.File.pathSeparator, entries), prefix);
    }

    private Fill fill(Path draft, String input, String... prefix) throws IOException, InterruptedException {
        return fill(draft, input, System.getProperty("java.class.path"), prefix);
    }

    private Fill fill(Path draft, String input, String classPath, String... prefix) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(prefix));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(),
                "fill", "--plain", "--draft", draft.toString(), "--out", dir.resolve("out").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Fill(p.waitFor(), out);
    }

    private static String modeOf(Path p) throws IOException, InterruptedException {
        Process stat = new ProcessBuilder("stat", "-c", "%a", p.toString()).start();
        String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        stat.waitFor();
        return out;
    }

    private static int sh(String... cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
