package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.e2e.Tmux;
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
    @TempDir
    Path dir;

    private Tmux tmux;

    @BeforeEach
    void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed");
        tmux = new Tmux("fill");
    }

    @AfterEach
    void killServer() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void underLangCChineseShowsAndIsAcceptedCtrlSSavesCtrlQQuitsAndTheTtyIsRestored() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        assertThat(jar).as("run after package").exists();
        Path draft = dir.resolve("draft.yaml");
        String script = "cd '" + dir + "' && stty -g > before && LANG=C LC_ALL=C java -jar '" + jar + "' fill --draft '"
                + draft + "' --out '" + dir + "'; echo $? > exit-status; stty -g > after; exec sleep 600";
        tmux.start(100, 30, script);

        String screen = tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        assertThat(screen).contains("部门整体支出绩效自评表", "年度");

        tmux.keys("Tab", "Tab");
        tmux.type("经济运行部");
        tmux.await(s -> s.contains("经济运行部"));

        tmux.keys("C-s");
        tmux.await(s -> s.contains("已保存草稿"));
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("unit_name: 经济运行部");

        tmux.keys("C-\\", "C-z");
        tmux.await(s -> s.contains("不支持挂起"));
        tmux.keys("C-c");
        tmux.await(s -> s.contains("Ctrl-C：y 保存并退出"));
        tmux.keys("Escape");
        tmux.await(s -> !s.contains("Ctrl-C：y 保存并退出"));

        tmux.resize(40, 12);
        tmux.await(s -> s.contains("1. 基本信息") && !s.contains("单位人员情况"));
        tmux.resize(100, 30);
        tmux.await(s -> s.contains("单位人员情况") && s.contains("第 1/12 节"));

        tmux.keys("C-q");
        Tmux.awaitFile(dir.resolve("after"));
        assertThat(Files.readString(dir.resolve("exit-status")).strip()).isEqualTo("0");
        assertThat(Files.readString(dir.resolve("after"))).isEqualTo(Files.readString(dir.resolve("before")));
    }

    /** Issue 13 finding 5 in a real terminal: tmux brackets a paste only when the program turned the mode on. */
    @Test
    void aPasteIsTextNeverKeysAndBracketedPasteIsOffAgainAfterExit() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        assertThat(jar).as("run after package").exists();
        Path draft = dir.resolve("draft.yaml");
        String script = "cd '" + dir + "' && java -jar '" + jar + "' fill --draft '" + draft + "' --out '" + dir
                + "'; echo $? > exit-status; echo shell-back; cat -v > after-paste; exec sleep 600";
        tmux.start(100, 30, script);
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        tmux.keys("Tab");
        tmux.paste("示范区\u0011n\u0003y\u001b[21~区");
        tmux.await(s -> s.contains("示范区ny区") && s.contains("粘贴内容里的控制字符和转义序列已去掉"));
        tmux.keys("C-q");
        tmux.await(s -> s.contains("y 保存并退出"));
        tmux.keys("y");
        tmux.await(s -> s.contains("shell-back"));
        assertThat(Files.readString(dir.resolve("exit-status")).strip()).isEqualTo("0");
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("示范区ny区");
        tmux.paste("after\n");
        tmux.keys("C-d");
        Tmux.awaitTrue("cat wrote what was pasted", () -> {
            try {
                return Files.readString(dir.resolve("after-paste")).contains("after");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(Files.readString(dir.resolve("after-paste"))).isEqualTo("after\n");
    }

    @Test
    void aFullSeedDraftShows97AfterEnoughPageDowns() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        Path draft = dir.resolve("full.yaml");
        Files.copy(Path.of("examples/dept-perf-self-eval-2021.yaml"), draft);
        String script = "cd '" + dir + "' && LANG=C java -jar '" + jar + "' fill --draft '" + draft + "' --out '" + dir
                + "'; echo $? > exit-status; exec sleep 600";
        tmux.start(80, 24, script);
        tmux.await(s -> s.contains("F1"));
        for (int i = 0; i < 12; i++) {
            tmux.keys("PageDown");
        }
        String screen = tmux.await(s -> s.contains("总分 97 / 100"));
        assertThat(screen).contains("等级 优");
        tmux.keys("F10");
        Tmux.awaitFile(dir.resolve("exit-status"));
    }

    /** Issue 12: after quitting, the draft chooser's question is gone, and one line says where the draft is and how to go on. */
    @Test
    void afterQuittingTheChoosersQuestionIsGoneAndOneLineSaysHowToResume() throws Exception {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        Path drafts = dir.resolve("data/formdesk/drafts");
        Files.createDirectories(drafts);
        Path draft = drafts.resolve("dept-perf-self-eval-1.yaml");
        Files.writeString(draft, Files.readString(Path.of("examples/dept-perf-self-eval-2021.yaml"))
                .replace("status: final", "status: draft"));
        String script = "cd '" + dir + "' && XDG_DATA_HOME='" + dir.resolve("data") + "' java -jar '" + jar
                + "' fill --form dept-perf-self-eval --out '" + dir + "'; echo $? > exit-status; exec sleep 600";
        tmux.start(80, 24, script);
        tmux.await(s -> s.contains("输入编号继续填写"));
        tmux.keys("Enter");
        tmux.await(s -> s.contains("F1") && !s.contains("输入编号继续填写"));
        tmux.keys("C-q");
        Tmux.awaitFile(dir.resolve("exit-status"));
        String after = tmux.await(s -> s.contains("继续填写：formdesk --draft"));
        assertThat(after).doesNotContain("输入编号继续填写", "你的草稿");
        assertThat(after.replaceAll("\\s+", "")).contains("草稿已保存：" + draft.toAbsolutePath());
    }
}
