package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.io.TempDir;

/** Editing as in a spreadsheet cell: a filled field is entered selected, Esc takes an edit back, Ctrl-U clears. */
@Disabled("the keys it drives (Esc and F-key commands, typing over a selection) are to be ported onto the session's update loop that replaced KeyHandler's")
class ExcelEditingTest {
    @TempDir
    Path dir;

    private ScreenDriver driver() throws Exception {
        return new ScreenDriver(dir.resolve("d.yaml"), dir.resolve("out"), 80, 24);
    }

    @Test
    void typingOverAFilledValueReplacesItAndEscPutsItBack() throws Exception {
        ScreenDriver d = driver();
        d.type("50.44"); // 年度 takes it as typed; what matters is the editing
        d.key(KeyType.Tab).key(KeyType.ReverseTab);
        assertThat(d.model.selected).isTrue();
        d.type("2021");
        assertThat(d.model.buffer).isEqualTo("2021"); // not "50.442021"
        d.key(KeyType.Escape);
        assertThat(d.model.buffer).isEqualTo("50.44");
        assertThat(d.text()).contains("已恢复原值");
        d.key(KeyType.Escape); // a second Esc only cancels the command prefix
        d.key(KeyType.End).type("1");
        assertThat(d.model.buffer).isEqualTo("50.441");
        d.key(KeyType.Tab).key(KeyType.ReverseTab).key(KeyType.F2).type("9");
        assertThat(d.model.buffer).isEqualTo("50.4419");
        d.ctrl('u');
        assertThat(d.model.buffer).isEmpty();
        d.type("2021").key(KeyType.Tab);
        assertThat(d.model.state().raw("fiscal_year")).isEqualTo("2021");
    }

    @Test
    void escThenALetterIsACommandAndKeepsWhatWasTyped() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.Tab).key(KeyType.Tab); // 单位名称
        d.type("经济运行部");
        d.key(KeyType.Escape);
        assertThat(d.text()).contains("Esc 后再按");
        d.type("s");
        assertThat(d.text()).contains("已保存草稿");
        assertThat(Files.readString(dir.resolve("d.yaml"))).contains("unit_name: 经济运行部");
        // Alt-S (Esc and S in one read) does the same
        d.type("处");
        d.vt.addInput(new KeyStroke('s', false, true));
        d.pump();
        assertThat(Files.readString(dir.resolve("d.yaml"))).contains("unit_name: 经济运行部处");
    }

    @Test
    void aSectionIsReachedByItsNumber() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.F3);
        assertThat(d.text()).contains("跳到第");
        d.type("12").key(KeyType.Enter);
        assertThat(d.model.onSummary()).isTrue();
        d.key(KeyType.Escape).type("5").key(KeyType.Enter);
        assertThat(d.text()).contains("5. 预算收入情况");
    }

    @Test
    void f4AddsARowAtTheEndAndInsertAfterTheCurrentOne() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.F3).type("5").key(KeyType.Enter);
        d.key(KeyType.Tab).key(KeyType.Tab); // 项目支出明细
        d.key(KeyType.F4).type("甲").key(KeyType.Tab).type("1");
        d.key(KeyType.F4).type("丙").key(KeyType.Tab).type("3");
        d.key(KeyType.ReverseTab).key(KeyType.ReverseTab).key(KeyType.ReverseTab); // row 1, 项目名称
        d.key(KeyType.Insert).type("乙").key(KeyType.Tab).type("2").key(KeyType.Tab);
        assertThat(d.model.rows("income_project_items")).extracting(r -> r.get("item")).containsExactly("甲", "乙", "丙");
    }

    @Test
    void aMultiLinePasteIntoAOneLineFieldTakesTheFirstLineAndSaysSo() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.Tab).key(KeyType.Tab); // 单位名称
        d.vt.addInput(new Pasted("经济运行部\n第二行\n第三行\n"));
        d.pump();
        assertThat(d.model.buffer).isEqualTo("经济运行部");
        assertThat(d.text()).contains("只取了粘贴内容的第一行", "舍去其余 2 行");
    }

    @Test
    void pastedRowsBeyondTheTableAreAdded() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.F3).type("5").key(KeyType.Enter);
        d.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.F4); // 项目支出明细, a first row
        d.vt.addInput(new Pasted("甲\t1\n乙\t2\n丙\t3"));
        d.pump();
        assertThat(d.model.rows("income_project_items")).extracting(r -> r.get("item")).containsExactly("甲", "乙", "丙");
        assertThat(d.text()).contains("已粘贴 6 格，新增 2 行");
    }
}
