package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import org.junit.jupiter.api.Test;

/**
 * One test per bug listed in issue 11, each seen failing against the code before its fix: lint that let a
 * mistake through, and messages that said something false or nothing useful.
 */
class ListedBugsTest {
    private static final String HEAD = """
            id: bugs
            version: "1"
            title: 缺陷
            sections:
              - id: s
                title: 指标
                fields:
                  - id: rows
                    label: 效益指标
                    type: table
                    columns:
                      - {id: level1, label: 一级指标, type: text}
                      - {id: name, label: 三级指标, type: text}
                      - {id: weight, label: 分值, type: decimal}
                      - {id: score, label: 得分, type: decimal}
            """;

    private static List<Problem> lint(String yaml) {
        FormLoader.Result result = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.form() != null) {
            problems.addAll(Engine.expressionProblems(result.form()));
        }
        return problems;
    }

    private static FormState state(String yaml) {
        try {
            return Engine.of(new FormLoader().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))).newState();
        } catch (org.formdesk.form.FormFileException e) {
            throw new AssertionError(e.problems().toString());
        }
    }

    private static String computed(String expression) {
        return HEAD + "      - {id: x, label: x, type: decimal, compute: '" + expression + "'}\n";
    }

    private static Map<String, String> row(String name, String weight, String score) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        if (weight != null) {
            m.put("weight", weight);
        }
        m.put("score", score);
        return m;
    }

    @Test
    void aRowNumberInAnExpressionIsExplainedNotUndefinedOperator() {
        List<Problem> problems = lint(computed("rows.score[0]"));
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).message()).contains("row check").doesNotContain("Undefined operator");
        assertThat(problems.get(0).location().line()).isEqualTo(16);
    }

    @Test
    void requiredWhenOnAColumnIsLintedWithTheRowsNames() {
        String yaml = HEAD.replace("{id: score, label: 得分, type: decimal}",
                "{id: score, label: 得分, type: decimal}\n          - {id: why, label: 原因, type: text, "
                        + "requiredWhen: score < weight && nosuchfield > 1}");
        List<Problem> problems = lint(yaml);
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("nosuchfield"));
        assertThat(lint(yaml.replace(" && nosuchfield > 1", ""))).isEmpty();
    }

    @Test
    void arithmeticOnAWholeColumnIsRefusedByLintWithTheWayToSayIt() {
        List<Problem> ifSum = lint(computed("SUM(IF(rows.level1 = \"产出指标\", rows.weight, 0))"));
        assertThat(ifSum).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("SUMIF"));
        List<Problem> maxDiff = lint(computed("MAX(rows.weight - rows.score)"));
        assertThat(maxDiff).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("whole column"));
        assertThat(lint(computed("SUM(rows.weight) - MAX(rows.score)"))).isEmpty();
        assertThat(lint(computed("SUMIF(rows, level1 = \"产出指标\", weight - score)"))).isEmpty();
    }

    @Test
    void aPercentWithNoComputeIsATypedPercentage() {
        String yaml = HEAD + "      - {id: rate, label: 执行率, type: percent}\n";
        assertThat(lint(yaml)).isEmpty();
        FormState s = state(yaml);
        s.set("rate", "98%");
        assertThat(s.shown("rate")).isEqualTo("98.00%");
    }

    @Test
    void oneBlankCellDoesNotLetAnotherRowsOverScorePass() {
        FormState s = state(HEAD.replace("        type: table\n",
                "        type: table\n        rowLabel: name\n        rowChecks:\n          - {id: within, left: score, op: \"<=\", right: weight}\n"));
        s.setRows("rows", List.of(row("甲", null, "5"), row("乙", "10", "25")));
        assertThat(s.errors()).extracting(Violation::message).containsExactly("效益指标 第 2 行「乙」：得分、分值：应为 25 ≤ 10，现不成立（相差 15）");
    }

    @Test
    void aCheckOverAColumnWithABlankCellNamesTheCellNotCorrectFirst() {
        FormState s = state(HEAD
                + "checks:\n  - {id: weights, left: SUM(rows.weight), op: \"=\", right: \"30\"}\n");
        s.setRows("rows", List.of(row("甲", null, "5"), row("乙", "10", "10")));
        CheckResult r = s.check("weights");
        assertThat(r.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(r.message()).isEqualTo("待填：效益指标 第 1 行 分值");
    }

    @Test
    void anIsEmptyCheckWhoseOtherInputIsEmptyWaitsForItInsteadOfSayingNull() {
        FormState s = state(HEAD + """
                      - {id: a, label: 甲数, type: decimal}
                      - {id: b, label: 乙数, type: decimal}
                checks:
                  - {id: c, left: "IF(ISEMPTY(a), b, a)", op: "<=", right: "10"}
                """);
        CheckResult r = s.check("c");
        assertThat(r.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(r.message()).doesNotContain("null").contains("待填").contains("乙数");
    }

    @Test
    void aCheckOnARateWhoseDivisorIsZeroSaysSoNotWaitingForTheRate() {
        FormState s = state(HEAD + """
                      - {id: a, label: 全年预算数, type: money}
                      - {id: b, label: 全年执行数, type: money}
                      - {id: rate, label: 执行率, type: percent, compute: b / a}
                checks:
                  - {id: c, left: rate, op: "<=", right: "1"}
                """);
        s.set("a", "0");
        s.set("b", "5");
        CheckResult r = s.check("c");
        assertThat(r.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(r.message()).doesNotContain("待填").contains("执行率").contains("除数为零").contains("全年预算数");
    }

    @Test
    void aCheckMessageShowsAComputedFigureRoundedAsTheFieldSays() {
        FormState s = state(HEAD + """
                      - {id: a, label: 甲, type: decimal}
                      - {id: avg, label: 平均, type: decimal, compute: a / 3, round: 2}
                checks:
                  - {id: c, left: avg, op: "<=", right: "5", message: "平均 {left} 超过 {right}"}
                """);
        s.set("a", "25.8612");
        assertThat(s.check("c").message()).isEqualTo("平均 8.62 超过 5");
    }

    @Test
    void aColumnIdAsABoundSaysANumberIsExpected() {
        List<Problem> problems = lint(HEAD.replace("{id: score, label: 得分, type: decimal}",
                "{id: score, label: 得分, type: decimal, max: weight}"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("expected a number").contains("rowChecks")
                .doesNotContain("mapping");
        assertThat(problems.get(0).location().line()).isEqualTo(15);
    }

    @Test
    void aSumWithOptionalPartsWaitsForTheRequiredPartOnlyAndNeverSaysNotANumber() {
        FormState s = state(HEAD + """
                      - {id: a, label: 本年财政拨款, type: money}
                      - {id: b, label: 上年结转资金, type: money}
                      - {id: total, label: 合计, type: money, compute: "a + IF(ISEMPTY(b), 0, b)"}
                """);
        assertThat(s.computed("total").reason()).isEqualTo("待填：本年财政拨款");
        s.set("a", "5");
        assertThat((java.math.BigDecimal) s.value("total")).isEqualByComparingTo("5");
    }
}
