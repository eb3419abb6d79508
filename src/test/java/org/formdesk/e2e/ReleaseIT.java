package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as an administrator gets it (mvn -Prelease): unpacked into a fresh folder and run
 * with no java, javac or mvn on the PATH and no JAVA_HOME, so only the runtime inside it can run the
 * program: validate, score, a short fill in tmux, install.sh, a missing runtime told in one sentence.
 * Without the release profile there is no archive and the test is skipped.
 */
class ReleaseIT {
    private static final String ARCHIVE = System.getProperty("formdesk.release.archive");
    /** Tools that must not be found: the machine's own Java and Maven. */
    private static final Set<String> HIDDEN = Set.of("java", "javac", "mvn", "mvnDebug", "jshell", "jar", "jlink");

    @TempDir
    Path dir;

    private Path home;
    private Path release;
    private Path path;
    private Tmux tmux;

    @BeforeEach
    void unpack() throws Exception {
        assumeTrue(ARCHIVE != null, "no release archive: run with -Prelease");
        Path archive = Path.of(ARCHIVE);
        assertThat(archive).as("mvn -Prelease package writes it").exists();
        assertThat(Files.size(archive)).as("the archive's size").isLessThanOrEqualTo(80L * 1024 * 1024);
        Path root = Files.createDirectories(dir.resolve("unpacked"));
        run(List.of("tar", "-xzf", archive.toString(), "-C", root.toString()), System.getenv(), 0);
        try (Stream<Path> top = Files.list(root)) {
            release = top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        home = Files.createDirectories(dir.resolve("home"));
        path = toolsWithoutJava(Files.createDirectories(dir.resolve("tools")));
    }

    @AfterEach
    void stop() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void theUnpackedReleaseRunsWithoutAnyJavaOnThePath() throws Exception {
        String noJava = run(List.of("bash", "-c", "command -v java javac mvn || echo none; echo \"JAVA_HOME=${JAVA_HOME-unset}\""),
                env(), 0);
        assertThat(noJava.strip()).isEqualTo("none\nJAVA_HOME=unset");

        Path example = release.resolve("examples/dept-perf-self-eval-2021.yaml");
        String validate = run(List.of(launcher(), "validate", example.toString()), env(), 0);
        assertThat(validate).contains("0 个错误");
        String score = run(List.of(launcher(), "score", example.toString()), env(), 0);
        assertThat(score).contains("97 / 100", "优");
        assertThat(run(List.of(launcher(), "--version"), env(), 0)).startsWith("formdesk ");
    }

    @Test
    void aShortFillInTmuxRunsOnTheBundledRuntimeAndSavesTheDraft() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path draft = dir.resolve("draft.yaml");
        tmux = new Tmux("release");
        // The launcher sets the terminal up itself for a fill with its draft named (tui.LauncherTty): the user's
        // settings must come back just the same.
        tmux.start(100, 30, "cd '" + dir + "' && stty -g > before && " + onTerminal("", fill(draft))
                + "; echo $? > exit-status; stty -g > after; echo > settled; exec sleep 600");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));

        long jvm = childOf(tmux.panePid()).orElseThrow();
        Path exe = Path.of("/proc/" + jvm + "/exe").toRealPath();
        assertThat(exe).as("the program runs on the runtime inside the release")
                .isEqualTo(release.resolve("runtime/bin/java").toRealPath());

        tmux.type("2021");
        tmux.keys("Tab");
        tmux.type("示范区");
        tmux.await(s -> s.contains("示范区"));
        tmux.keys("C-s");
        Tmux.awaitTrue("the draft to hold both values", () -> read(draft).contains("fiscal_year: 2021")
                && read(draft).contains("示范区"));
        tmux.keys("C-q");
        Tmux.awaitFile(dir.resolve("exit-status"));
        assertThat(read(dir.resolve("exit-status")).strip()).isEqualTo("0");
        Tmux.awaitFile(dir.resolve("settled"));
        assertThat(read(dir.resolve("after"))).isEqualTo(read(dir.resolve("before")));
    }

    /**
     * The start-up cache is trained on a real start (dist/make-release.sh): up to its first paint, a fill loads every
     * class from it, and spins no lambda at run time. The warm-up's class, loaded from the jar right after the first
     * paint, marks where the start ends. JDK Flight Recorder's event classes are never in a cache.
     */
    @Test
    void aFillLoadsEveryClassFromTheStartUpCacheUntilItsFirstPaint() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path log = dir.resolve("classes.log");
        tmux = new Tmux("release-cache");
        tmux.start(100, 30, "cd '" + dir + "' && " + onTerminal(" FORMDESK_JAVA_OPTS=-Xlog:class+load:file=" + log,
                fill(dir.resolve("cached.yaml"))) + "; echo > settled; exec sleep 600");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        Tmux.awaitTrue("the warm-up's class to be loaded", () -> read(log).contains(" org.formdesk.startup.Warmup "));
        tmux.keys("C-q");
        Tmux.awaitFile(dir.resolve("settled"));
        List<String> start = read(log).lines().takeWhile(l -> !l.contains(" org.formdesk.startup.Warmup ")).toList();
        assertThat(start).as("the log of a fill's start").anyMatch(l -> l.contains(" org.formdesk.cli.Main source: "));
        assertThat(start.stream().filter(l -> l.contains(" source: ") && !l.contains(" jdk.internal.event.")
                && !l.endsWith(" source: shared objects file")))
                .as("classes a fill loads before its first paint from elsewhere than the start-up cache").isEmpty();
    }

    @Test
    void aFillThatNeverReachesTheScreenGivesTheTerminalBack() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        tmux = new Tmux("release-refused");
        // A wrong option (the command line is refused before anything runs), then a form that does not exist (refused
        // after the terminal was taken): each time the terminal had been made raw by the launcher.
        tmux.start(100, 30, "cd '" + dir + "' && stty -g > before && "
                + onTerminal("", "fill --draft d.yaml --no-such-option") + "; echo $? > status1; stty -g > after1; "
                + onTerminal("", "fill --form no-such-form --draft d.yaml")
                + "; echo $? > status2; stty -g > after2; echo > settled; exec sleep 600");
        Tmux.awaitFile(dir.resolve("settled"));
        assertThat(read(dir.resolve("status1")).strip()).isEqualTo("2");
        assertThat(read(dir.resolve("status2")).strip()).isEqualTo("2");
        assertThat(read(dir.resolve("after1"))).as("after a refused command line").isEqualTo(read(dir.resolve("before")));
        assertThat(read(dir.resolve("after2"))).as("after a form that cannot be used").isEqualTo(read(dir.resolve("before")));
        assertThat(tmux.screen()).contains("no-such-option").contains("no-such-form");
    }

    @Test
    void installSh_putsALinkOnThePathManPagesAndCompletion_andUninstallsCleanly() throws Exception {
        Map<String, String> env = env();
        // --user: CI runs as root, and the test must not install into /opt and /usr/local.
        String out = run(List.of(release.resolve("install.sh").toString(), "--user"), env, 0);
        assertThat(out).contains("installed in " + home.resolve(".local/opt/formdesk"));
        Path link = home.resolve(".local/bin/formdesk");
        assertThat(link).isSymbolicLink();

        // Through the link on the PATH, as a user types it: the launcher finds its release behind the link.
        env.put("PATH", home.resolve(".local/bin") + File.pathSeparator + env.get("PATH"));
        assertThat(run(List.of("bash", "-c", "cd / && formdesk --version"), env, 0)).startsWith("formdesk ");
        Path man = home.resolve(".local/share/man/man1/formdesk.1");
        assertThat(read(man)).contains(".TH \"FORMDESK\" \"1\"").contains("validate");
        String completion = run(List.of("bash", "-c", "source '" + home.resolve(".local/share/bash-completion/completions/formdesk")
                + "' && complete -p formdesk"), env, 0);
        assertThat(completion).contains("formdesk");

        // The installed copy, not the unpacked one, is what runs: the unpacked tree can go.
        run(List.of("rm", "-rf", release.resolve("runtime").toString()), env, 0);
        assertThat(run(List.of("bash", "-c", "formdesk score '" + release.resolve("examples/dept-perf-self-eval-2021.yaml")
                + "'"), env, 0)).contains("97 / 100");

        String gone = run(List.of(home.resolve(".local/opt/formdesk/current/install.sh").toString(), "--user", "--uninstall"), env, 0);
        assertThat(gone).contains("removed");
        assertThat(link).doesNotExist();
        assertThat(home.resolve(".local/opt/formdesk")).doesNotExist();
    }

    @Test
    void aMissingRuntimeIsToldInOneSentence() throws Exception {
        Files.move(release.resolve("runtime/bin/java"), release.resolve("runtime/bin/java.moved"));
        ProcessBuilder pb = new ProcessBuilder(launcher(), "--version");
        pb.environment().clear();
        pb.environment().putAll(env());
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("formdesk: ").contains("runtime").contains(release.resolve("runtime").toString());
    }

    private String launcher() {
        return release.resolve("bin/formdesk").toString();
    }

    /** The shell words that run the release's launcher with {@code args} in a clean environment, plus {@code env}. */
    private String onTerminal(String env, String args) {
        return "env -i " + envWords() + " TERM=xterm-256color" + env + " '" + launcher() + "' " + args;
    }

    /** A fill of {@code draft}, its records written into the test's folder. */
    private String fill(Path draft) {
        return "fill --draft '" + draft + "' --out '" + dir + "'";
    }

    /** A clean environment: the tools folder as the whole PATH, a fresh HOME, no JAVA_HOME. */
    private Map<String, String> env() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PATH", path.toString());
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        return env;
    }

    private String envWords() {
        return "PATH='" + path + "' HOME='" + home + "' LANG=C.UTF-8 XDG_DATA_HOME='" + home.resolve(".local/share") + "'";
    }

    /**
     * A folder of links to every program of the usual bin folders except the machine's Java and Maven (by name,
     * and anything that resolves into a JDK or Maven): the PATH of a host that has neither.
     */
    private static Path toolsWithoutJava(Path tools) throws IOException {
        for (String d : List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path bin = Path.of(d);
            if (!Files.isDirectory(bin)) {
                continue;
            }
            try (Stream<Path> files = Files.list(bin)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    Path link = tools.resolve(name);
                    if (HIDDEN.contains(name) || Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            || !Files.isExecutable(f) || Files.isDirectory(f)) {
                        continue;
                    }
                    String real;
                    try {
                        real = f.toRealPath().toString();
                    } catch (IOException e) {
                        continue;
                    }
                    if (real.startsWith("/usr/lib/jvm/") || real.contains("/maven/")) {
                        continue;
                    }
                    Files.createSymbolicLink(link, f);
                }
            }
        }
        return tools;
    }

    private static String run(List<String> cmd, Map<String, String> env, int expected) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertThat(code).as(String.join(" ", cmd) + " said:\n" + out).isEqualTo(expected);
        return out;
    }

    private static Optional<Long> childOf(long pid) {
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(found::add));
        return found.stream().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
