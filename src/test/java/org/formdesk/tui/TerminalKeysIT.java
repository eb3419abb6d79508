package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.formdesk.e2e.Pty;
import org.formdesk.e2e.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program receiving the bytes real terminals send: PuTTY's defaults (F1–F12 as ESC[11~…,
 * Home/End as ESC[1~/ESC[4~, Backspace as ^?), xterm's and xterm.js's (ESC O P, ESC[H, ESC O H, ESC[F),
 * ^H for Backspace, Esc-prefixed commands; and a session in GBK, as Xshell on Chinese Windows runs.
 */
class TerminalKeysIT {
    private static final String F1 = "1b 5b 31 31 7e";
    private static final String F1_XTERM = "1b 4f 50";
    private static final String F3 = "1b 5b 31 33 7e";
    private static final String F4 = "1b 5b 31 34 7e";
    private static final String F6 = "1b 5b 31 37 7e";
    private static final String F9 = "1b 5b 32 30 7e";
    private static final String F10 = "1b 5b 32 31 7e";
    private static final String HOME_PUTTY = "1b 5b 31 7e";
    private static final String END_PUTTY = "1b 5b 34 7e";
    private static final String HOME_SS3 = "1b 4f 48";
    private static final String END_CSI = "1b 5b 46";
    private static final String INSERT = "1b 5b 32 7e";
    private static final String PAGE_DOWN = "1b 5b 36 7e";
    private static final String PAGE_UP = "1b 5b 35 7e";
    private static final String BACKSPACE_DEL = "7f";
    private static final String BACKSPACE_CTRL_H = "08";
    private static final String TAB = "09";
    private static final String ENTER = "0d";
    private static final String ESC = "1b";

    @TempDir
    Path dir;

    private Tmux tmux;

    @AfterEach
    void killServer() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    private void type(String text) throws Exception {
        tmux.type(text);
    }

    @Test
    void puttysAndXtermsKeySequencesEachDoWhatTheyShould() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        tmux = new Tmux("putty");
        Path jar = Pty.jar();
        Path draft = dir.resolve("draft.yaml");
        tmux.start(80, 24, "cd '" + dir + "' && LANG=C java -jar '" + jar + "' fill --draft '" + draft + "' --out '"
                + dir + "'; echo $? > exit-status; exec sleep 600");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));

        tmux.bytes(F1);
        tmux.await(s -> s.contains("按键"));
        tmux.bytes(ENTER);
        tmux.await(s -> !s.contains("按键"));
        tmux.bytes(F1_XTERM);
        tmux.await(s -> s.contains("按键"));
        tmux.bytes(ENTER);
        tmux.await(s -> !s.contains("按键"));

        // 年度: Backspace as ^? (PuTTY's default) and as ^H
        type("2022");
        tmux.bytes(BACKSPACE_DEL);
        type("19");
        tmux.bytes(BACKSPACE_CTRL_H);
        tmux.await(s -> s.contains("> 年度 *") && s.contains("2021"));
        tmux.bytes(TAB);
        // 所属地区: PuTTY's Home and End
        type("晋中");
        tmux.bytes(HOME_PUTTY);
        type("山西");
        tmux.bytes(END_PUTTY);
        type("市");
        tmux.await(s -> s.contains("山西晋中市"));
        tmux.bytes(TAB);
        // 单位名称: xterm's Home (ESC O H) and End (ESC [ F)
        type("运行部");
        tmux.bytes(HOME_SS3);
        type("经济");
        tmux.bytes(END_CSI);
        type("处");
        tmux.await(s -> s.contains("经济运行部处"));
        tmux.bytes(BACKSPACE_DEL);
        tmux.bytes(F9);
        tmux.await(s -> s.contains("已保存草稿"));
        assertThat(Files.readString(draft, StandardCharsets.UTF_8))
                .contains("fiscal_year: 2021", "山西晋中市", "unit_name: 经济运行部");

        tmux.bytes(PAGE_DOWN);
        tmux.await(s -> s.contains("2. 预算收支概况"));
        tmux.bytes(PAGE_UP);
        tmux.await(s -> s.contains("1. 基本信息"));

        // F3: a section by its number
        tmux.bytes(F3);
        tmux.await(s -> s.contains("跳到第"));
        type("5");
        tmux.bytes(ENTER);
        tmux.await(s -> s.contains("5. 预算收入情况"));
        tmux.bytes(TAB);
        tmux.bytes(TAB);
        // F4 adds a row, Insert one after the current row, F6 deletes (after asking)
        tmux.bytes(F4);
        type("绩效评价费");
        tmux.bytes(TAB);
        type("8");
        tmux.bytes(INSERT);
        tmux.await(s -> s.contains("2."));
        tmux.bytes(F6);
        tmux.await(s -> s.contains("删除 项目支出明细 第 2 行"));
        type("y");
        tmux.await(s -> s.contains("已删除第 2 行"));

        // Esc, then S: save without Ctrl-S (which browsers and IXON keep)
        tmux.bytes(ESC);
        tmux.await(s -> s.contains("Esc 后再按"));
        type("s");
        tmux.await(s -> s.contains("已保存草稿"));
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("item: 绩效评价费").doesNotContain("- {}");

        tmux.bytes(F10);
        Tmux.awaitFile(dir.resolve("exit-status"));
        assertThat(Files.readString(dir.resolve("exit-status")).strip()).isEqualTo("0");
    }

    @Test
    void aGbkSessionTypesAndShowsChinese() throws Exception {
        assumeTrue(Pty.available(), "script (util-linux) is not installed");
        Charset gbk = Charset.forName("GBK");
        Path draft = dir.resolve("gbk.yaml");
        try (Pty pty = Pty.start(80, 24, "java -jar '" + Pty.jar() + "' fill --charset GBK --draft '" + draft
                + "' --out '" + dir + "'", dir, List.of("LANG=C", "LC_ALL=C"))) {
            pty.await(0, gbk, s -> s.contains("部门整体支出绩效自评表") && s.contains("单位名称"));
            pty.send("2021", gbk);
            pty.send(new byte[] {0x09, 0x09});
            int mark = pty.mark();
            pty.send("经济运行部", gbk);
            pty.await(mark, gbk, s -> s.contains("经济运行部"));
            pty.send(new byte[] {0x1b});
            pty.send("s", gbk);
            pty.await(mark, gbk, s -> s.contains("已保存草稿"));
            assertThat(Files.readString(draft, StandardCharsets.UTF_8)).contains("unit_name: 经济运行部");
            // What came back is GBK: read as UTF-8 the title is not there.
            assertThat(new String(pty.output(), StandardCharsets.UTF_8)).doesNotContain("部门整体支出绩效自评表");
            pty.send(new byte[] {0x1b, 'q'});
            assertThat(pty.waitFor(Duration.ofSeconds(60))).isTrue();
            assertThat(pty.exitValue()).isZero();
        }
    }
}
