package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12's smaller screen truths: what the marks, the title bar and the sums say is so. */
class ScreenTruthsTest {
    @TempDir
    Path dir;

    private static Engine engine(String id) throws Exception {
        return Engine.of(new FormLoader().loadBundled(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dept-perf-self-eval", "project-perf-self-eval"})
    void aBlankFormClaimsNothingSavedAndNoSectionDone(String formId) throws Exception {
        ScreenDriver d = new ScreenDriver(engine(formId), dir.resolve("d.yaml"), dir.resolve("out"), 80, 24);
        String first = d.text().lines().findFirst().orElseThrow();
        assertThat(first).doesNotContain("已保存", "未保存");
        assertThat(d.text()).doesNotContain("✓");
        assertThat(d.model.marks()).doesNotContain(Marks.Mark.COMPLETE);

        d.type("2021").ctrl('s');
        assertThat(d.text().lines().findFirst().orElseThrow()).contains("已保存");
    }

    @Test
    void aSectionWithEveryFieldFilledIsCompleteThoughACheckItSharesWaitsElsewhere() throws Exception {
        Engine engine = engine("dept-perf-self-eval");
        RecordRead example = DraftRepository.fromExport(engine.form(), Path.of("examples/dept-perf-self-eval-2021.yaml"));
        var values = new java.util.LinkedHashMap<>(example.record().values());
        values.remove("executed"); // the check 支出 = 预算执行金额 now waits in 预算收支概况, not in 预算支出情况
        var record = new org.formdesk.record.RecordFile(example.record().form(), example.record().formVersion(),
                example.record().formHash(), example.record().status(), values, example.record().explanations(),
                example.record().meta());
        ScreenDriver d = new ScreenDriver(Opening.from(engine, record, "record.yaml", List.of()), dir.resolve("d.yaml"), dir.resolve("out"),
                80, 24);
        Marks.Mark[] marks = d.model.marks();
        int budget = sectionIndex(d, "预算收支概况");
        int expenditure = sectionIndex(d, "预算支出情况");
        assertThat(marks[budget]).isNotEqualTo(Marks.Mark.COMPLETE);
        assertThat(marks[expenditure]).isEqualTo(Marks.Mark.COMPLETE);
    }

    @Test
    void aTableTotalAndItsCheckShowOneFigureAtTheColumnsRound() throws Exception {
        Engine engine = engine("dept-perf-self-eval");
        RecordRead example = DraftRepository.fromExport(engine.form(), Path.of("examples/dept-perf-self-eval-2021.yaml"));
        ScreenDriver d = new ScreenDriver(Opening.from(engine, example.record(), "record.yaml", List.of()), dir.resolve("d.yaml"),
                dir.resolve("out"), 80, 24);
        // The rows add up to 38586.6785 (one amount has four decimals); the column's round is 2.
        d.toSection("预算收入情况").toField("一般公共预算专项经费明细");
        for (int i = 0; i < 60 && !d.text().contains("核对通过：38586.68"); i++) {
            d.key(com.googlecode.lanterna.input.KeyType.ArrowDown);
        }
        String screen = d.text();
        assertThat(screen).contains("合计 38586.68", "核对通过：38586.68 = 38586.68").doesNotContain("38586.678");
    }

    @Test
    void resumingGoesToTheFirstEmptyFieldInOrderOptionalOnesIncluded() throws Exception {
        Engine engine = engine("dept-perf-self-eval");
        Path draft = dir.resolve("d.yaml");
        Files.writeString(draft, Files.readString(Path.of("examples/dept-perf-self-eval-2021.yaml"))
                .replace("status: final", "status: draft").replace("  internal_departments: 4\n", ""));
        ScreenDriver d = new ScreenDriver(Opening.open(engine, draft), draft, dir.resolve("out"), 80, 24);
        assertThat(d.model.currentField().label()).isEqualTo("内设科室数");
        assertThat(d.model.form.sections().get(d.model.section).title()).isEqualTo("单位人员情况");
    }

    private static int sectionIndex(ScreenDriver d, String title) {
        for (int i = 0; i < d.model.form.sections().size(); i++) {
            if (d.model.form.sections().get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no section " + title);
    }
}
