package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Severity;
import org.junit.jupiter.api.Test;

/** Rules a form states about each row of a table, evaluated row by row; exact figures throughout. */
class TableRulesTest {
    static final String FORM = """
            id: rows
            version: "1"
            title: 行规则
            sections:
              - id: s
                title: 指标
                fields:
                  - {id: bonus, label: 加分, type: decimal}
                  - id: rows
                    label: 产出指标
                    type: table
                    rowLabel: name
                    indicators: {groupColumn: level1, max: weight, score: score, reason: reason}
                    columns:
                      - {id: level1, label: 一级指标, type: choice, options: [产出指标, 效益指标]}
                      - {id: name, label: 三级指标, type: text}
                      - {id: actual, label: 实际完成值, type: text}
                      - {id: weight, label: 分值, type: decimal}
                      - {id: score, label: 得分, type: decimal}
                      - {id: lost, label: 扣分, type: decimal, compute: weight - score}
                      - {id: reason, label: 偏差原因, type: longtext, requiredWhen: score < weight}
                    rowChecks:
                      - {id: within, left: score, op: "<=", right: weight, message: "得分 {score} 超过分值 {weight}"}
                      - {id: full_needs_actual, severity: warning, when: score >= weight, assert: "!ISEMPTY(actual)",
                         message: "满分但实际完成值为空"}
                  - {id: output_weight, label: 产出分值, type: decimal, compute: 'SUMIF(rows, level1 = "产出指标", weight)'}
                  - {id: output_rows, label: 产出行数, type: integer, compute: 'COUNTIF(rows, level1 = "产出指标")'}
                  - {id: lost_total, label: 合计扣分, type: decimal, compute: SUM(rows.lost)}
                  - {id: weights, label: 分值合计, type: decimal, compute: SUM(rows.weight)}
            checks:
              - {id: weights_100, left: weights, op: "=", right: "100"}
            scoring:
              max: 100
              grades: [{grade: 优, min: 90}, {grade: 良, min: 80}, {grade: 差, min: 0}]
            """;

    static FormState state(String yaml) {
        try {
            Form form = new FormLoader().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            return Engine.of(form).newState();
        } catch (org.formdesk.form.FormFileException e) {
            throw new AssertionError(e.problems().toString());
        }
    }

    static Map<String, String> row(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put(pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    static List<String> messages(List<Violation> vs) {
        List<String> out = new ArrayList<>();
        vs.forEach(v -> out.add(v.message()));
        return out;
    }

    @Test
    void aRowCheckRunsOncePerRowAndNamesTheTableTheRowAndItsLabel() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "产出指标", "name", "工程数量", "actual", "5", "weight", "10", "score", "10"),
                row("level1", "产出指标", "name", "工程质量合格", "actual", "100%", "weight", "10", "score", "12")));
        assertThat(messages(s.errors())).contains("产出指标 第 2 行「工程质量合格」：得分 12 超过分值 10");
        assertThat(s.check("within#1").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(s.check("within#2").status()).isEqualTo(CheckStatus.FAILED);
        // one row fewer: the second row's result goes with it
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "工程数量", "actual", "5", "weight", "10", "score", "10")));
        assertThat(s.check("within#2")).isNull();
        assertThat(s.errors()).extracting(Violation::id).doesNotContain("within#1", "within#2");
    }

    @Test
    void aBlankCellNeverSilencesARuleAboutAnotherRow() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "产出指标", "name", "甲", "actual", "1", "weight", null, "score", "5"),
                row("level1", "效益指标", "name", "乙", "actual", "1", "weight", "10", "score", "25")));
        assertThat(s.check("within#1").status()).isEqualTo(CheckStatus.PENDING);
        assertThat(s.check("within#1").message()).isEqualTo("产出指标 第 1 行「甲」：待填：分值");
        assertThat(s.check("within#2").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(messages(s.errors())).contains("产出指标 第 2 行「乙」：得分 25 超过分值 10");
        // a rule over the whole column waits for the blank cell, and names that cell, not the table
        assertThat(s.check("weights_100").status()).isEqualTo(CheckStatus.PENDING);
        assertThat(s.check("weights_100").message()).contains("待填：产出指标 第 1 行 分值").doesNotContain("须先更正");
    }

    @Test
    void requiredWhenOnAColumnIsEvaluatedPerRowWithTheRowsOwnCells() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "产出指标", "name", "甲", "actual", "1", "weight", "10", "score", "8"),
                row("level1", "产出指标", "name", "乙", "actual", "1", "weight", "10", "score", "10"),
                row("level1", "产出指标", "name", "丙", "actual", "1", "weight", "10", "score", "7", "reason", "进度滞后")));
        assertThat(s.fieldErrors("rows")).containsExactly("产出指标 第 1 行「甲」：偏差原因：必填");
    }

    @Test
    void computedColumnsAndConditionalAggregatesHaveExactFigures() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "产出指标", "name", "甲", "actual", "1", "weight", "12.5", "score", "10.25", "reason", "r"),
                row("level1", "效益指标", "name", "乙", "actual", "1", "weight", "30", "score", "30"),
                row("level1", "产出指标", "name", "丙", "actual", "1", "weight", "7.5", "score", "7.5")));
        assertThat((BigDecimal) s.value("output_weight")).isEqualByComparingTo("20");
        assertThat((BigDecimal) s.value("output_rows")).isEqualByComparingTo("2");
        assertThat((BigDecimal) s.value("lost_total")).isEqualByComparingTo("2.25");
        List<?> rows = (List<?>) s.value("rows");
        assertThat((BigDecimal) ((Map<?, ?>) rows.get(0)).get("lost")).isEqualByComparingTo("2.25");
    }

    @Test
    void aBlankCellMakesAConditionalAggregateWaitForThatCellOnly() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "效益指标", "name", "甲", "weight", null),
                row("level1", "产出指标", "name", "乙", "weight", null)));
        // the 效益 row's blank 分值 is not needed by the 产出 sum; the 产出 row's is
        assertThat(s.computed("output_weight").value()).isNull();
        assertThat(s.computed("output_weight").reason()).contains("产出指标 第 2 行 分值").doesNotContain("第 1 行");
        s.setRows("rows", List.of(row("level1", "效益指标", "name", "甲", "weight", null)));
        assertThat(s.value("output_weight")).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void blanksCountAsZeroWhereTheFormSaysSo() {
        FormState s = state(FORM.replace("{id: weight, label: 分值, type: decimal}",
                "{id: weight, label: 分值, type: decimal, blankAsZero: true}"));
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "甲", "score", "0"),
                row("level1", "产出指标", "name", "乙", "weight", "5", "score", "5")));
        assertThat((BigDecimal) s.value("weights")).isEqualByComparingTo("5");
    }

    @Test
    void indicatorRowsScoreUnderTheirGroupsWithSubtotalsAndMakeTheTotalAndGrade() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(
                row("level1", "效益指标", "name", "乙", "actual", "1", "weight", "40", "score", "38", "reason", "r"),
                row("level1", "产出指标", "name", "甲", "actual", "1", "weight", "50", "score", "45", "reason", "r"),
                row("level1", "产出指标", "name", "丙", "actual", "1", "weight", "10", "score", "10")));
        ScoreCard card = s.scoreCard();
        assertThat(card.indicators()).extracting(IndicatorScore::label).containsExactly("甲", "丙", "乙");
        assertThat(card.indicators()).extracting(IndicatorScore::row).containsExactly(2, 3, 1);
        assertThat(card.groups()).extracting(ScoreCard.Group::name).containsExactly("产出指标", "效益指标");
        assertThat(card.group("产出指标").score()).isEqualByComparingTo("55");
        assertThat(card.group("产出指标").max()).isEqualByComparingTo("60");
        assertThat(card.total()).isEqualByComparingTo("93");
        assertThat(card.grade()).isEqualTo("优");
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "甲", "weight", "50")));
        assertThat(s.scoreCard().grade()).isNull();
        assertThat(s.scoreCard().complete()).isFalse();
    }

    @Test
    void scoringTotalCanBeAnExpression() {
        FormState s = state(FORM.replace("  max: 100\n", "  max: 100\n  total: SUM(rows.score) + IF(ISEMPTY(bonus), 0, bonus)\n"));
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "甲", "actual", "1", "weight", "80", "score", "80")));
        s.set("bonus", "5");
        assertThat(s.scoreCard().total()).isEqualByComparingTo("85");
        assertThat(s.scoreCard().grade()).isEqualTo("良");
    }

    @Test
    void aWarningRowCheckIsAWarningOfItsRow() {
        FormState s = state(FORM);
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "甲", "weight", "10", "score", "10")));
        assertThat(s.warnings()).extracting(Violation::id).containsExactly("full_needs_actual#1");
        assertThat(s.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(s.warnings().get(0).message()).isEqualTo("产出指标 第 1 行「甲」：满分但实际完成值为空");
    }

    @Test
    void aFieldARowRuleReadsReReadsEveryRow() {
        FormState s = state(FORM.replace("requiredWhen: score < weight", "requiredWhen: score < weight - bonus"));
        s.setRows("rows", List.of(row("level1", "产出指标", "name", "甲", "actual", "1", "weight", "10", "score", "8")));
        s.set("bonus", "0");
        assertThat(s.fieldErrors("rows")).hasSize(1);
        s.set("bonus", "3");
        assertThat(s.fieldErrors("rows")).isEmpty();
    }
}
