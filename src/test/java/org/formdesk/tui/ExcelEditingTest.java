package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing as in a spreadsheet cell: a filled field is entered selected, Esc takes an edit back, Ctrl-U clears. */
class ExcelEditingTest {
    @TempDir
    Path dir;

    private ScreenDriver driver() throws Exception {
        return new ScreenDriver(dir.resolve("d.yaml"), dir.resolve("out"), 80, 24);
    }

    @Test
    void typingOverAFilledValueReplacesItAndEscPutsItBack() throws Exception {
        ScreenDriver d = driver().toField("年度");
        d.type("50.44"); // 年度 takes it as typed; what matters is the editing
        d.key(KeyType.Tab).key(KeyType.ReverseTab);
        assertThat(d.model.currentField().label()).isEqualTo("年度");
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
        ScreenDriver d = driver().toField("单位名称");
        d.type("经济运行部");
        d.key(KeyType.Escape);
        assertThat(d.model.buffer).isEmpty(); // Esc alone would take the typing back
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
        // the note lists every section by its number, the summary last, none of it cut at 80x24
        String shown = d.text().lines().filter(l -> !l.contains("|")).collect(java.util.stream.Collectors.joining())
                .replaceAll("\\s+", ""); // the note's lines: the sidebar has numbers and titles too
        assertThat(shown).contains("跳到第");
        for (int i = 0; i < d.model.form.sections().size(); i++) {
            assertThat(shown).contains((i + 1) + d.model.form.sections().get(i).title().replaceAll("\\s+", ""));
        }
        assertThat(shown).contains(d.model.sectionCount() + "汇总与定稿");
        d.type(String.valueOf(d.model.sectionCount())).key(KeyType.Enter);
        assertThat(d.model.onSummary()).isTrue();
        int income = number(d, "预算收入情况");
        d.key(KeyType.Escape).type(String.valueOf(income)).key(KeyType.Enter);
        assertThat(d.text()).contains(income + ". 预算收入情况");
    }

    @Test
    void f4AddsARowAtTheEndAndInsertAfterTheCurrentOne() throws Exception {
        ScreenDriver d = driver().goTo("预算收入情况").toField("项目支出明细");
        d.key(KeyType.F4).type("甲").key(KeyType.Tab).type("1");
        d.key(KeyType.F4).type("丙").key(KeyType.Tab).type("3");
        d.key(KeyType.ReverseTab).key(KeyType.ReverseTab).key(KeyType.ReverseTab); // row 1, 项目名称
        d.key(KeyType.Insert).type("乙").key(KeyType.Tab).type("2").key(KeyType.Tab);
        assertThat(d.model.rows("income_project_items")).extracting(r -> r.get("item")).containsExactly("甲", "乙", "丙");
    }

    @Test
    void aMultiLinePasteIntoAOneLineFieldTakesTheFirstLineAndSaysSo() throws Exception {
        ScreenDriver d = driver().toField("单位名称");
        d.vt.addInput(new Pasted("经济运行部\n第二行\n第三行\n"));
        d.pump();
        assertThat(d.model.buffer).isEqualTo("经济运行部");
        assertThat(d.text()).contains("只取了粘贴内容的第一行", "舍去其余 2 行");
    }

    /** Found by ScreenFuzz: the lines left out were quoted back with their control characters, which no screen can show. */
    @Test
    void theLinesLeftOutAreQuotedWithoutControlCharacters() throws Exception {
        ScreenDriver d = new ScreenDriver(ScreenDriver.seedEngine(), dir.resolve("d.yaml"), dir, 80, 24, "zh", false, true)
                .toField("单位名称");
        d.vt.addInput(new Pasted("经济运行部\n第二\u0000行\u001b[31m红\u0007"));
        d.pump();
        assertThat(d.model.buffer).isEqualTo("经济运行部");
        assertThat(d.model.note).contains("舍去其余 1 行（第二").doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void pastedRowsBeyondTheTableAreAdded() throws Exception {
        ScreenDriver d = driver().goTo("预算收入情况").toField("项目支出明细");
        d.key(KeyType.F4); // a first row
        d.vt.addInput(new Pasted("甲\t1\n乙\t2\n丙\t3"));
        d.pump();
        assertThat(d.model.rows("income_project_items")).extracting(r -> r.get("item")).containsExactly("甲", "乙", "丙");
        assertThat(d.text()).contains("已粘贴 6 格，新增 2 行");
    }

    /** The number the screen shows beside a section's title. */
    private static int number(ScreenDriver d, String title) {
        var sections = d.model.form.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().equals(title)) {
                return i + 1;
            }
        }
        throw new AssertionError("no section " + title);
    }
}
