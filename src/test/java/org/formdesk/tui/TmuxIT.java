package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program in a real pseudo-terminal (tmux), under LANG=C as on many bastion hosts:
 * Chinese shows and is accepted, Ctrl-S saves without freezing, Ctrl-Q quits, the tty is restored.
 * Every wait polls the pane until the expected text appears; nothing sleeps to synchronise.
 */
class TmuxIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final String socket = "formdesk-it-" + ProcessHandle.current().pid();
    private final String session = "fill";

    @BeforeEach
    void needsTmux() {
        assumeTrue(onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void killServer() throws Exception {
        run(false, "tmux", "-L", socket, "kill-server");
    }

    @Test
    void underLangCChineseShowsAndIsAcceptedCtrlSSavesCtrlQQuitsAndTheTtyIsRestored() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        assertThat(jar).as("run after package").exists();
        Path draft = dir.resolve("draft.yaml");
        String script = "cd '" + dir + "' && stty -g > before && LANG=C LC_ALL=C java -jar '" + jar + "' fill --draft '"
                + draft + "' --out '" + dir + "'; echo $? > exit-status; stty -g > after; exec sleep 600";
        run(true, "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                "bash", "-c", script);

        String screen = await(s -> s.contains("单位名称") && s.contains("F1"));
        assertThat(screen).contains("部门整体支出绩效自评表", "年度");

        keys("Tab", "Tab");
        run(true, "tmux", "-L", socket, "send-keys", "-t", session, "-l", "经济运行部");
        await(s -> s.contains("单位名称 *     经济运行部") || s.contains("经济运行部"));

        keys("C-s");
        await(s -> s.contains("已保存草稿"));
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("unit_name: 经济运行部");

        keys("C-\\", "C-z");
        await(s -> s.contains("不支持挂起"));
        keys("C-c");
        await(s -> s.contains("Ctrl-C：y 保存并退出"));
        keys("Escape");
        await(s -> !s.contains("Ctrl-C：y 保存并退出"));

        run(true, "tmux", "-L", socket, "resize-window", "-t", session, "-x", "40", "-y", "12");
        await(s -> s.contains("1. 基本信息") && !s.contains("单位人员情况"));
        run(true, "tmux", "-L", socket, "resize-window", "-t", session, "-x", "100", "-y", "30");
        await(s -> s.contains("单位人员情况") && s.contains("第 1/12 节"));

        keys("C-q");
        awaitFile(dir.resolve("after"));
        assertThat(Files.readString(dir.resolve("exit-status")).strip()).isEqualTo("0");
        assertThat(Files.readString(dir.resolve("after"))).isEqualTo(Files.readString(dir.resolve("before")));
    }

    @Test
    void aFullSeedDraftShows97AfterEnoughPageDowns() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        Path draft = dir.resolve("full.yaml");
        Files.copy(Path.of("examples/dept-perf-self-eval-2021.yaml"), draft);
        String script = "cd '" + dir + "' && LANG=C java -jar '" + jar + "' fill --draft '" + draft + "' --out '" + dir
                + "'; echo $? > exit-status; exec sleep 600";
        run(true, "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                "bash", "-c", script);
        await(s -> s.contains("F1"));
        for (int i = 0; i < 12; i++) {
            keys("PageDown");
        }
        String screen = await(s -> s.contains("总分 97 / 100"));
        assertThat(screen).contains("等级 优");
        keys("F10");
        awaitFile(dir.resolve("exit-status"));
    }

    private void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(true, cmd.toArray(String[]::new));
    }

    private String await(Predicate<String> ok) throws Exception {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        String screen = "";
        while (System.nanoTime() < end) {
            screen = run(true, "tmux", "-L", socket, "capture-pane", "-p", "-t", session);
            if (ok.test(screen)) {
                return screen;
            }
            Thread.onSpinWait();
            Thread.sleep(100); // poll interval, not a synchronisation: the condition decides
        }
        throw new AssertionError("timed out waiting; the pane shows:\n" + screen);
    }

    private static void awaitFile(Path file) throws Exception {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(file) && Files.size(file) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + file);
    }

    private static String run(boolean check, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (check && code != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (" + code + "): " + out);
        }
        return out;
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(":")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }
}
