package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The second bundled form, the national 项目支出绩效自评表, through the commands a new user runs. */
class ProjectFormTest {
    static final Path FORM = Path.of("forms/project-perf-self-eval.yaml");
    static final Path REAL = Path.of("examples/project-perf-self-eval-2022.yaml");
    static final Path SLIPS = Path.of("examples/project-perf-self-eval-slips.yaml");

    @TempDir
    Path dir;

    private static List<String> lines(Run r, String prefix) {
        return r.out().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void theProjectFormLintsClean() {
        Run r = Run.of("lint", FORM.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("ok");
    }

    @Test
    void theRealExampleValidatesWithNoErrorsAndScoresWithAGrade() {
        Run v = Run.of("validate", REAL.toString());
        assertThat(v.code()).as(v.out()).isZero();
        assertThat(v.out()).contains("0 个错误，0 个警告，0 项待定");
        Run s = Run.of("score", REAL.toString());
        assertThat(s.code()).isZero();
        assertThat(s.out()).contains("合计 100 / 100").contains("等级 优").contains("产出指标").contains("50 / 50")
                .contains("10. 公众满意度");
    }

    @Test
    void theSlipsExampleReportsEachSlipWithItsRowAndFigures() {
        Run r = Run.of("validate", SLIPS.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(String.join("\n", lines(r, "错误："))).contains(
                "年度绩效指标 第 2 行「工程质量合格率」：得分 25 超过分值 10",
                "年度绩效指标 第 4 行「完工及时率」：偏差原因分析及改进措施：必填",
                "年度绩效指标 第 5 行「通行时间缩短」：二级指标“数量指标”不属于效益指标",
                "产出指标各行分值合计 46 分，应为 50 分");
        assertThat(String.join("\n", lines(r, "警告："))).contains(
                "年度绩效指标 第 1 行「养护里程」：得满分 8 分，但实际完成值为空",
                "年度绩效指标 第 3 行「优良路率」：实际完成值 98% 已达到年度指标值 ≥98%，得分 19.6 仍低于分值 20",
                "预算执行自评得分 10 分，按执行率 85.00% 计应得 8.50 分");
        assertThat(lines(r, "错误：")).hasSize(4);
        assertThat(lines(r, "警告：")).hasSize(3);
    }

    @Test
    void aBlankActualInRowOneDoesNotHideRowTwoScored25On10() throws Exception {
        String yaml = Files.readString(REAL, StandardCharsets.UTF_8)
                .replace("actual: '50', weight: '8', score: '8'}", "weight: '8', score: '8'}")
                .replace("actual: '100', weight: '8', score: '8'}", "actual: '100', weight: '10', score: '25'}");
        Path record = dir.resolve("r.yaml");
        Files.writeString(record, yaml, StandardCharsets.UTF_8);
        Run r = Run.of("validate", record.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(lines(r, "错误：")).anySatisfy(l -> assertThat(l).contains("第 2 行「委托业务报告合格率」：得分 25 超过分值 10"));
        assertThat(lines(r, "警告：")).anySatisfy(l -> assertThat(l).contains("第 1 行「基建工程委托业务项目数量」"));
    }

    @Test
    void aZeroBudgetSaysWhyTheRateIsMissingInValidateAndScoreJson() throws Exception {
        String yaml = Files.readString(REAL, StandardCharsets.UTF_8).replace("fiscal_budget: '89.974'", "fiscal_budget: '0'");
        Path record = dir.resolve("zero.yaml");
        Files.writeString(record, yaml, StandardCharsets.UTF_8);
        Run v = Run.of("validate", record.toString());
        assertThat(lines(v, "待定")).anySatisfy(l -> assertThat(l).contains("除数为零").doesNotContain("待填：执行率"));
        Run s = Run.of("score", "--json", record.toString());
        JsonNode json = new ObjectMapper().readTree(s.out());
        assertThat(json.get("notComputed").get("execution_rate").asText()).contains("除数为零").contains("全年预算数");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json", "csv", "md"})
    void everyExportFormatWorksOnTheProjectForm(String format) {
        Run r = Run.of("export", "--format", format, REAL.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("委托业务项目");
        if (format.equals("md")) {
            assertThat(r.out()).contains("| 产出指标 | 基建工程委托业务项目数量 | 8 | 8 |", "**等级** 优");
        }
    }

    @Test
    void scoreJsonListsRowsWithTheirRowNumbersAndGroupSubtotals() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Run.of("score", "--json", REAL.toString()).out());
        assertThat(json.get("indicators").get(1).get("row").asInt()).isEqualTo(1);
        assertThat(json.get("indicators").get(1).get("group").asText()).isEqualTo("产出指标");
        assertThat(json.get("groups").get(1).get("score").asText()).isEqualTo("50");
        assertThat(json.get("grade").asText()).isEqualTo("优");
    }

    @Test
    void aColumnWithABlankCellHasNoTotalInTheMarkdownReport() throws Exception {
        String yaml = Files.readString(REAL, StandardCharsets.UTF_8).replace("weight: '10', score: '10'}\n  - {level1: 满意度指标",
                "score: '10'}\n  - {level1: 满意度指标");
        Path record = dir.resolve("blank.yaml");
        Files.writeString(record, yaml, StandardCharsets.UTF_8);
        String md = Run.of("export", "--format", "md", record.toString()).out();
        String table = md.substring(md.indexOf("**年度绩效指标**"));
        String total = table.lines().filter(l -> l.startsWith("| 合计")).findFirst().orElseThrow();
        assertThat(total).contains("—");
        assertThat(Run.of("validate", record.toString()).out()).contains("第 9 行 分值");
    }
}
