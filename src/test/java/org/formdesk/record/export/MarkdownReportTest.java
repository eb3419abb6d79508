package org.formdesk.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.formdesk.record.RecordRead;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private static String report(RecordRead read) {
        return MarkdownReport.of(read, Seed.state(read));
    }

    @Test
    void theSeedReadsLikeThePaperForm() {
        String md = report(Seed.read());

        assertThat(md).startsWith("# 部门整体支出绩效自评表\n\n**单位名称** 经济运行部 · **年度** 2021 · **状态** 定稿");
        assertThat(md).contains("## 基本信息", "## 预算收支概况", "*金额单位：万元*", "## 其他");
        assertThat(md).contains("| 上年结转金额 | 1431.98 万元 |", "| 预算调整金额 | -1800 万元 |",
                "| 调整后预算收入 | 42072.34 万元 |");
        // Item tables with their exact totals: the general items add up to 38586.6785.
        assertThat(md).contains("| 2 | 山西新能源汽车工业有限公司2020年度项目贷款贴息资金 | 1304.4375 |",
                "| 合计 |  | 38586.6785 |");
        assertThat(md).contains("### 预算执行（过程）\n\n满分 16，自评得分 13", "| 预算完成率 | 28.32% |",
                "**预算执行·扣分原因**");
        // The indicator table: group shown once, metrics beside the score, total and grade.
        assertThat(md).contains("| 一级指标 | 二级指标 | 分值 | 得分 | 指标数据 | 扣分原因 |",
                "| 过程 | 预算执行 | 16 | 13 | 预算完成率 28.32%<br>",
                "|  | 预算管理 | 12 | 12 |", "|  | **合计** | 100 | **97** |", "**等级** 优");
    }

    @Test
    void theOpenWarningComesWithItsExplanation() {
        String md = report(Seed.read());
        String open = md.substring(md.indexOf("## 待处理事项"));

        assertThat(open).contains("- 警告：收入四项合计 39772.52 万元与调整后预算收入 42072.34 万元不一致，相差 2299.82 万元"
                + "<br>说明：原表公布的收入四项合计");
        assertThat(open.lines().filter(l -> l.startsWith("- "))).hasSize(1);
    }

    @Test
    void anUnexplainedWarningAndErrorsOfADraftAreListed() throws Exception {
        String yaml = Files.readString(Seed.RECORD).replace("status: final", "status: draft")
                .replaceAll("(?s)explanations:.*?\nmeta:", "meta:")
                .replace("  unit_head: 王丽萍\n", "")
                .replace("  goal_setting.score: 6\n", "");
        String md = report(Seed.read("draft.yaml", yaml));

        assertThat(md).contains("**状态** 草稿", "相差 2299.82 万元（未说明）", "- 错误：单位负责人：必填",
                "**等级** 未评定（尚有指标未评分）", "| 单位负责人 | — |");
    }

    @Test
    void valuesCannotAddMarkupOrStructure() throws Exception {
        String yaml = Files.readString(Seed.RECORD)
                .replace("unit_head: 王丽萍", "unit_head: '<script>alert(1)</script> | [x](http://e.vil) *b*'")
                .replace("  problems: |-\n    2021年度", "  problems: |-\n    # 标题\n    - 列表\n    1. 编号\n    2021年度");
        String md = report(Seed.read("hostile.yaml", yaml));

        assertThat(md).doesNotContain("<script>", "[x](");
        assertThat(md).contains("| 单位负责人 | \\<script\\>alert(1)\\</script\\> \\| \\[x\\](http://e.vil) \\*b\\* |");
        assertThat(md).contains("\\# 标题\n\n\\- 列表\n\n1\\. 编号\n\n2021年度");
    }
}
