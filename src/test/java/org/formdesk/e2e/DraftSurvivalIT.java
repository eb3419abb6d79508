package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing committed is lost: the SSH link dropped mid-field (a real sshd on 127.0.0.1), the JVM
 * killed with -9 right after a Tab, a second session on the same draft. The packaged jar runs in tmux.
 */
class DraftSurvivalIT {
    @TempDir
    Path dir;

    private final Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
    private Tmux tmux;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        assertThat(jar).as("run after package").exists();
        tmux = new Tmux("survive");
    }

    @AfterEach
    void stop() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void anSshDropMidFieldKeepsEveryCommittedValueAndResumeShowsThem() throws Exception {
        assumeTrue(Sshd.available(), "openssh-server is not installed (.ci/run installs it)");
        Path xdg = dir.resolve("xdg");
        String fill = "cd '" + dir + "' && XDG_DATA_HOME='" + xdg + "' LANG=C java -jar '" + jar + "' fill";
        try (Sshd sshd = Sshd.start(dir.resolve("sshd"))) {
            tmux.start(100, 30, quoted(sshd.ssh(fill)) + "; exec sleep 600");
            // no --form and no draft yet: fill asks which form, and Enter takes the default
            tmux.await(s -> s.contains("填写哪一张表") && s.contains("项目支出绩效自评表"));
            tmux.keys("Enter");
            tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
            tmux.type("2021");
            tmux.keys("Tab");
            tmux.type("示范区晋中开发区");
            tmux.keys("Tab");
            tmux.type("经济运行部");
            tmux.keys("Tab");
            tmux.type("2022/02");       // mid-field: not committed when the link drops
            // (the field's hint shows "2022/2/8", so only the typed text itself can match)
            tmux.await(s -> s.contains("2022/02"));
            Path draft = onlyDraft(xdg);
            Tmux.awaitTrue("the draft to hold the committed unit name", () -> read(draft).contains("经济运行部"));

            long sshClient = childOf(tmux.panePid(), "ssh").orElseThrow();
            ProcessHandle.of(sshClient).orElseThrow().destroyForcibly();
            // sshd hangs up the session: the JVM gets SIGHUP, saves, lets go of its lock and exits.
            Tmux.awaitTrue("the remote program to exit", () -> !Files.exists(draft.resolveSibling(draft.getFileName() + ".lock")));

            String saved = read(draft);
            assertThat(saved).contains("fiscal_year: 2021", "org_name: 示范区晋中开发区", "unit_name: 经济运行部");
            assertThat(saved).as("the field being typed is saved too").contains("fill_date: 2022/02");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft.getParent())))
                    .isEqualTo("rwx------");

            tmux.close();
            tmux = new Tmux("resume");
            tmux.start(100, 30, quoted(sshd.ssh(fill + " --resume")) + "; exec sleep 600");
            String screen = tmux.await(s -> s.contains("经济运行部") && s.contains("F1"));
            assertThat(screen).contains("示范区晋中开发区", "2021");
        }
    }

    @Test
    void killMinusNineRightAfterATabLosesNothing() throws Exception {
        Path draft = dir.resolve("d.yaml");
        tmux.start(100, 30, "cd '" + dir + "' && java -jar '" + jar + "' fill --draft '" + draft + "'; exec sleep 600");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        tmux.type("2021");
        tmux.keys("Tab");
        // The draft is written before the screen moves on, so once the focus shows on the next field
        // the value is on disk.
        tmux.await(s -> s.contains("> 所属地区/单位"));
        long java = childOf(tmux.panePid(), "java").orElseThrow();
        ProcessHandle.of(java).orElseThrow().destroyForcibly();
        Tmux.awaitTrue("the JVM to die", () -> ProcessHandle.of(java).map(p -> !p.isAlive()).orElse(true));
        assertThat(read(draft)).contains("fiscal_year: 2021");
    }

    @Test
    void aSecondSessionOnTheSameDraftIsRefusedNamingTheFirst() throws Exception {
        Path draft = dir.resolve("d.yaml");
        tmux.start(100, 30, "cd '" + dir + "' && java -jar '" + jar + "' fill --draft '" + draft + "'; exec sleep 600");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        long first = childOf(tmux.panePid(), "java").orElseThrow();

        Process second = new ProcessBuilder("java", "-jar", jar.toString(), "fill", "--draft", draft.toString(), "--plain")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor()).isNotZero();
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("进程 " + first).contains("另一个会话").doesNotContain("Exception");
        tmux.keys("C-q");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static Path onlyDraft(Path xdg) throws Exception {
        Path drafts = xdg.resolve("formdesk").resolve("drafts");
        Tmux.awaitFile(drafts);
        Path[] found = new Path[1];
        Tmux.awaitTrue("a draft in " + drafts, () -> {
            try (Stream<Path> files = Files.list(drafts)) {
                List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).toList();
                found[0] = yaml.size() == 1 ? yaml.get(0) : null;
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** The first descendant of {@code pid} whose command is {@code name}. */
    private static Optional<Long> childOf(long pid, String name) {
        return ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals(name)).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    private static String quoted(List<String> command) {
        StringBuilder sb = new StringBuilder();
        for (String part : command) {
            sb.append(sb.length() == 0 ? "" : " ").append("'").append(part.replace("'", "'\\''")).append("'");
        }
        return sb.toString();
    }
}
