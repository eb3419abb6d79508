package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the screens do as the user works: live figures, tables, jumps from the summary, Finalize refusing. */
class ScreenBehaviourTest {
    @TempDir
    Path dir;

    private ScreenDriver driver() throws Exception {
        return new ScreenDriver(dir.resolve("d.yaml"), dir.resolve("out"), 80, 24);
    }

    @Test
    void computedFiguresFollowTheTypingAndChecksWaitForTheFieldToBeLeft() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.PageDown); // 预算收支概况
        d.type("1431.98").key(KeyType.Tab).type("12031.86").key(KeyType.Tab).type("-1800").key(KeyType.Tab);
        assertThat(d.text()).contains("待填：其他调整资金");
        d.type("30408.5");
        assertThat(d.text()).contains("= 42072.34 万元"); // before the field is left
        d.key(KeyType.Tab).type("11915.70").key(KeyType.Tab).type("30156.00");
        assertThat(d.text()).doesNotContain("相差 0.64");
        d.key(KeyType.ArrowUp); // leaving the field commits it
        assertThat(d.text()).contains("相差 0.64 万元");
        d.key(KeyType.ArrowDown).key(KeyType.End).key(KeyType.Backspace).key(KeyType.Backspace).type("64");
        d.key(KeyType.ArrowUp);
        assertThat(d.text()).doesNotContain("相差 0.64").contains("核对通过：42072.34 = 42072.34")
                .contains("核对通过：11915.70 ≤ 42072.34").doesNotContain("11915.70 = 42072.34");
    }

    @Test
    void tableRowsAreAddedTypedSummedAndDeletedAfterAsking() throws Exception {
        ScreenDriver d = driver();
        for (int i = 0; i < 4; i++) {
            d.key(KeyType.PageDown);
        }
        d.type("0").key(KeyType.Tab).type("14.64").key(KeyType.Tab); // 基本支出, 项目支出
        d.ctrl('n').type("绩效评价费").key(KeyType.Tab).type("8");
        d.ctrl('n').type("党建经费").key(KeyType.Tab).type("6.64").key(KeyType.Tab);
        String screen = d.text();
        assertThat(screen).contains("合计 14.64", "核对通过：14.64 = 14.64");
        d.key(KeyType.ReverseTab).ctrl('d');
        assertThat(d.text()).contains("删除 项目支出明细 第 2 行？");
        d.type("y");
        assertThat(d.model.rows("income_project_items")).hasSize(1);
        assertThat(d.text()).contains("合计 8", "项目支出明细合计 8.00 万元与项目支出 14.64 万元不一致");
    }

    @Test
    void finalizeRefusesWhileErrorsRemainAndEnterJumpsToTheField() throws Exception {
        ScreenDriver d = driver();
        for (int i = 0; i < 12; i++) {
            d.key(KeyType.PageDown);
        }
        assertThat(d.model.onSummary()).isTrue();
        while (d.model.current().kind() != Item.Kind.FINALIZE) {
            d.key(KeyType.Tab);
        }
        d.key(KeyType.Enter);
        assertThat(d.text()).containsPattern("还有 \\d+ 个错误，不能定稿");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
        d.key(KeyType.Enter); // the first open problem: 年度 is required
        assertThat(d.model.section).isZero();
        assertThat(d.model.currentField().label()).isEqualTo("年度");
    }

    @Test
    void ctrlEEditsALongTextInTheEditor() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.PageDown).key(KeyType.PageDown);
        d.editorResult = "第一行\n第二行\n";
        d.ctrl('e');
        assertThat(d.model.state.raw("duties")).isEqualTo("第一行\n第二行");
        assertThat(d.text()).contains("第一行", "第二行");
        d.key(KeyType.PageUp).ctrl('e');
        assertThat(d.text()).contains("只用于长文本字段");
    }

    @Test
    void englishWordsOnRequest() throws Exception {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir, 80, 24, "en");
        assertThat(d.text()).contains("F1 help", "section 1/12").doesNotContain("saved"); // a blank form: nothing was saved
    }

    @Test
    void asciiMarksOnRequest() throws Exception {
        Path draft = dir.resolve("full.yaml");
        Files.copy(Path.of("examples/dept-perf-self-eval-2021.yaml"), draft);
        ScreenDriver d = new ScreenDriver(draft, dir, 80, 24, "zh", true);
        assertThat(d.text()).doesNotContain("✓").doesNotContain("✗").contains("+ 1  基本信息");
    }
}
