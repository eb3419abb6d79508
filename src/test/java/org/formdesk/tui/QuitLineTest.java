package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the one line after the screen closes says where the draft is, how to go on, and whether all was saved. */
class QuitLineTest {
    @TempDir
    Path dir;

    @Test
    void quittingSaysWhereTheDraftIsAndHowToResumeIt() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 80, 24);
        assertThat(d.model.farewell()).isEqualTo("未保存任何内容");

        d.toField("单位名称").type("经济运行部").ctrl('q');
        assertThat(d.model.ask).isEqualTo(FillModel.Ask.QUIT);
        d.type("y");
        assertThat(d.model.quitting()).isTrue();
        String abs = draft.toAbsolutePath().toString();
        assertThat(d.model.farewell()).isEqualTo("草稿已保存：" + abs + "；继续填写：formdesk --draft " + abs);
    }

    @Test
    void quittingWithoutSavingSaysTheLastChangesWereNotSaved() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 80, 24);
        d.toField("单位名称").type("经济运行部").ctrl('s');
        d.toField("单位负责人").type("王").ctrl('q').type("n");
        assertThat(d.model.quitting()).isTrue();
        assertThat(d.model.farewell()).startsWith("最后的修改未保存").contains("formdesk --draft " + draft.toAbsolutePath());
    }

    @Test
    void theChoosersLinesAreCountedAsTheTerminalWrapsThemAndErased() throws Exception {
        PromptRows rows = new PromptRows(20);
        StringWriter screen = new StringWriter();
        PrintWriter out = rows.writer(new PrintWriter(screen));
        out.println("你的草稿：");                       // 10 columns: one row
        out.println("1  一份很长的草稿名称一份很长的草稿"); // 3 + 32 columns: two rows
        out.print("输入编号 [1]：");
        out.flush();
        String answer = rows.reader(new BufferedReader(new StringReader("2\n"))).readLine();
        assertThat(answer).isEqualTo("2");
        assertThat(rows.rows()).isEqualTo(4);
        StringWriter erased = new StringWriter();
        rows.erase(new PrintWriter(erased));
        assertThat(erased.toString()).isEqualTo("\r\033[4A\033[J");
        assertThat(rows.rows()).isZero();
    }
}
