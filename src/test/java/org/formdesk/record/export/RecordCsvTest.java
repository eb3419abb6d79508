package org.formdesk.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.record.RecordRead;
import org.junit.jupiter.api.Test;

class RecordCsvTest {
    private static Map<String, String> byId(String csv) {
        List<List<String>> rows = CsvReadBack.rows(csv);
        assertThat(rows).hasSize(2);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            out.put(rows.get(0).get(i), rows.get(1).get(i));
        }
        return out;
    }

    @Test
    void seedRowIsExactWithChineseHeadersAndABom() {
        RecordRead read = Seed.read();
        String csv = RecordCsv.of(read.record(), Seed.state(read), false);

        assertThat(csv).startsWith("\uFEFF年度 [fiscal_year],");
        assertThat(csv).contains(",上年结转金额（万元） [carryover],", ",单位名称 [unit_name],",
                ",项目支出明细 第13行 金额（万元） [income_project_items.13.amount],");
        // -1800 stays a number (no apostrophe, no quotes); 1304.4375 keeps all four places.
        assertThat(csv).contains(",-1800,", ",1304.4375,", ",经济运行部,", ",11915.70,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void everyValueReadsBackExactly() {
        RecordRead read = Seed.read();
        Map<String, String> row = byId(RecordCsv.of(read.record(), Seed.state(read), true));

        assertThat(row).containsEntry("fiscal_year", "2021")
                .containsEntry("unit_name", "经济运行部")
                .containsEntry("fill_date", "2022-02-08")
                .containsEntry("contact_phone", "0354-3368795")
                .containsEntry("budget_adjustment", "-1800")
                .containsEntry("income_general_special_items.2.amount", "1304.4375")
                .containsEntry("income_general_special_items.2.item", "山西新能源汽车工业有限公司2020年度项目贷款贴息资金")
                .containsEntry("total_budget", "42072.34")
                .containsEntry("three_public_change_rate", "-27.66")
                .containsEntry("budget_execution.score", "13")
                .containsEntry("score.total", "97")
                .containsEntry("score.grade", "优")
                .containsEntry("status", "final");
        assertThat(row.get("explanations.income_breakdown")).startsWith("原表公布的收入四项合计");
        // Multi-line text survives quoting, line ends included.
        assertThat(row.get("budget_execution.analysis")).contains("\n").endsWith("此项指标应得16分，实得13分。");
        assertThat(row).doesNotContainKey("income_project_items.14.amount");
    }

    @Test
    void formulasInTextAreGuardedAndReadBackAsWritten() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://example.com/x\",\"点我\")";
        String yaml = Files.readString(Seed.RECORD)
                .replace("unit_head: 王丽萍", "unit_head: '" + hyperlink + "'")
                .replace("payment_progress: 每月根据实际情况支付，均已达到进度要求", "payment_progress: '@SUM(A1:A2)'")
                .replace("  - item: 绩效评价费", "  - item: '+cmd|'' /C calc''!A0'");
        RecordRead read = Seed.read("hostile.yaml", yaml);
        String csv = RecordCsv.of(read.record(), Seed.state(read), true);

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"点我\"\")\",");
        Map<String, String> row = byId(csv);
        assertThat(row.get("unit_head")).isEqualTo("'" + hyperlink);
        assertThat(row.get("payment_progress")).isEqualTo("'@SUM(A1:A2)");
        assertThat(row.get("income_project_items.2.item")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvReadBack.unguard(row.get("unit_head"))).isEqualTo(hyperlink);
        assertThat(row.get("budget_adjustment")).isEqualTo("-1800");
    }

    @Test
    void aDraftKeepsWhatWasTypedGuarded() throws Exception {
        String yaml = Files.readString(Seed.RECORD).replace("status: final", "status: draft")
                .replace("carryover: '1431.98'", "carryover: '-12abc'");
        RecordRead read = Seed.read("draft.yaml", yaml);
        Map<String, String> row = byId(RecordCsv.of(read.record(), Seed.state(read), true));

        assertThat(row.get("carryover")).isEqualTo("'-12abc");
        assertThat(row.get("total_budget")).isEmpty();
        assertThat(row.get("status")).isEqualTo("draft");
    }
}
