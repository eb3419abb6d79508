package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.engine.FormState;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.Form;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.export.CsvReadBack;
import org.formdesk.record.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `collect --format xlsx` over 200 records of varied sizes, read back with openpyxl; and the long CSV. */
class CollectWorkbookTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path dir;

    private static Path records;
    private static final Map<String, Integer> TABLE_ROWS = new LinkedHashMap<>();
    private static int problems;

    /** 200 records: each its own unit and amounts, its item tables cut to different lengths, some problems. */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void twoHundredRecords() throws Exception {
        records = Files.createDirectories(dir.resolve("records"));
        Form form = SeedData.form();
        Map<String, Object> seed = YAML.readValue(SeedData.EXAMPLE.toFile(), Map.class);
        RecordReader reader = new RecordReader(form);
        for (int i = 1; i <= 200; i++) {
            Map<String, Object> record = YAML.readValue(YAML.writeValueAsString(seed), Map.class);
            Map<String, Object> values = (Map<String, Object>) record.get("values");
            values.put("unit_name", "单位" + i);
            values.put("executed", (11000 + i) + ".25");
            values.put("goal_setting.score", i % 7 == 0 ? 5.5 : 6);
            for (FieldDef table : form.fields().values()) {
                if (table.type() == FieldType.TABLE) {
                    List<Object> rows = (List<Object>) values.get(table.id());
                    int keep = 1 + (i * 7 + table.id().length()) % rows.size();
                    values.put(table.id(), new ArrayList<>(rows.subList(0, keep)));
                }
            }
            Path file = records.resolve(String.format("r%03d.yaml", i));
            YAML.writeValue(file.toFile(), record);
            RecordRead read = reader.read(file);
            assertThat(read.usable()).isTrue();
            for (FieldDef table : form.fields().values()) {
                if (table.type() == FieldType.TABLE) {
                    TABLE_ROWS.merge(table.id(), ((List<?>) read.record().values().get(table.id())).size(), Integer::sum);
                }
            }
            FormState state = Records.state(SeedData.engine(), read.record());
            problems += read.issues().size() + read.notes().size() + state.errors().size() + state.warnings().size()
                    + state.pending().size();
        }
    }

    @Test
    void twoHundredRecordsGiveTwoHundredRowsAndLongSheetsOfTheRightLength() {
        Path out = dir.resolve("all.xlsx");
        Run run = Run.of("collect", records.toString(), "--format", "xlsx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("已汇总 200 份记录");
        JsonNode book = Readers.xlsx(out);
        Form form = SeedData.form();

        JsonNode summary = book.get(0);
        assertThat(summary.get("name").asText()).isEqualTo("汇总");
        assertThat(summary.get("rows").asInt()).isEqualTo(1 + 200);
        // The executed amounts, exact, in file order.
        int executedCol = column(summary, "预算执行金额（万元）");
        for (int i = 1; i <= 200; i++) {
            XlsxExportTest.assertNumber(Readers.cell(summary, i + 1, executedCol), new BigDecimal((11000 + i) + ".25"),
                    "executed of r" + i);
        }
        int rateCol = column(summary, "预算完成率（%）");
        assertThat(Readers.cell(summary, 2, rateCol).get(4).asText()).isEqualTo("0.00%");

        int sheet = 1;
        for (Map.Entry<String, Integer> table : TABLE_ROWS.entrySet()) {
            JsonNode s = book.get(sheet++);
            assertThat(s.get("name").asText()).endsWith(form.label(table.getKey()));
            assertThat(s.get("rows").asInt()).as(table.getKey()).isEqualTo(1 + table.getValue());
        }
        JsonNode scores = Readers.sheet(book, "指标得分");
        assertThat(scores.get("rows").asInt()).isEqualTo(1 + 200 * form.indicators().size());
        XlsxExportTest.assertNumber(Readers.cell(scores, 1 + 6 * form.indicators().size() + 1, 7), new BigDecimal("5.5"),
                "goal_setting of r007");
        JsonNode open = Readers.sheet(book, "错误和警告");
        assertThat(problems).isGreaterThan(200);
        assertThat(open.get("rows").asInt()).isEqualTo(1 + problems);
        // Every open problem says where: the section and the labels of its fields.
        for (int row = 2; row <= open.get("rows").asInt(); row++) {
            assertThat(Readers.cell(open, row, 5)).as("section of problem row " + row).isNotNull();
            assertThat(Readers.cell(open, row, 6)).as("fields of problem row " + row).isNotNull();
        }

        for (JsonNode s : book) {
            assertThat(s.get("freeze").asText()).as(s.get("name").asText()).isEqualTo("A2");
            assertThat(s.get("filter").asText()).as(s.get("name").asText()).startsWith("A1:");
        }
        // A column of Chinese unit names is wide enough for them: two units a character.
        int unitCol = column(summary, "单位名称");
        assertThat(summary.get("widths").get(String.valueOf(unitCol)).asDouble()).isGreaterThanOrEqualTo(2 * "单位名称".length());
        int itemCol = column(book.get(1), "项目名称");
        assertThat(book.get(1).get("widths").get(String.valueOf(itemCol)).asDouble())
                .as("the widest item name fits").isGreaterThan(2 * "援助新疆生产建设兵团12师222团六连准东产业园道路绿化".length());
        XlsxExportTest.assertNoFormulas(book);
    }

    @Test
    void theLongCsvStacks() {
        Run one = Run.of("export", records.resolve("r001.yaml").toString(), "--format", "csv", "--layout", "long");
        Run two = Run.of("export", records.resolve("r002.yaml").toString(), "--format", "csv", "--layout", "long");
        Run all = Run.of("collect", records.toString(), "--format", "csv", "--layout", "long");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(all.code()).as(all.err()).isZero();
        List<List<String>> a = CsvReadBack.rows(one.out());
        List<List<String>> b = CsvReadBack.rows(two.out());
        // Headers in the form's language, the same for any record however many rows its tables have.
        assertThat(a.get(0)).containsExactly("文件", "年度", "单位名称", "部分", "项目", "编号", "行号", "列", "列编号", "内容", "单位");
        assertThat(b.get(0)).isEqualTo(a.get(0));
        Form form = SeedData.form();
        long plainFields = form.fields().values().stream().filter(f -> f.type() != FieldType.TABLE).count();
        int rows1 = rowsOf(records.resolve("r001.yaml"));
        int rows2 = rowsOf(records.resolve("r002.yaml"));
        assertThat(rows1).isNotEqualTo(rows2);
        assertThat(a).hasSize((int) (1 + plainFields + 2L * rows1 + 3));
        assertThat(b).hasSize((int) (1 + plainFields + 2L * rows2 + 3));
        assertThat(a).allSatisfy(line -> assertThat(line).hasSize(11));
        long total = TABLE_ROWS.values().stream().mapToLong(Integer::longValue).sum();
        assertThat(CsvReadBack.rows(all.out())).hasSize((int) (1 + 200 * (plainFields + 3) + 2 * total));
        String file = records.resolve("r001.yaml").toString();
        assertThat(a).contains(List.of(file, "2021", "单位1", "预算收支概况", "预算执行金额", "executed", "", "", "", "11001.25", "万元"),
                List.of(file, "2021", "单位1", "预算收入情况", "项目支出明细", "income_project_items", "1", "金额", "amount", "6.64", "万元"),
                List.of(file, "2021", "单位1", "绩效指标·过程", "预算完成率", "budget_completion_rate", "", "", "", "26.15", "%"),
                List.of(file, "2021", "单位1", "绩效指标评分", "等级", "score.grade", "", "", "", "优", ""));
        Run ids = Run.of("export", records.resolve("r001.yaml").toString(), "--format", "csv", "--layout", "long", "--ids");
        assertThat(CsvReadBack.rows(ids.out()).get(0))
                .containsExactly("file", "fiscal_year", "unit_name", "section", "field", "field_id", "row", "column",
                        "column_id", "value", "unit");
    }

    /** Records whose indicators include a table's rows: each row a line of the scores sheet. */
    @Test
    void indicatorRowsOfATableAreCollectedToo() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Form form = DocxExportTest.load(Path.of("forms/project-perf-self-eval.yaml"));
        org.formdesk.engine.Engine engine = org.formdesk.engine.Engine.of(form);
        int scores = 0;
        int records = 0;
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> form.id().equals(RecordReader.formIdOf(p))).toList()) {
                Files.copy(example, project.resolve(example.getFileName()));
                RecordRead read = new RecordReader(form).read(example);
                scores += Records.state(engine, read.record()).scoreCard().indicators().size();
                records++;
            }
        }
        assertThat(records).isPositive();
        Path out = dir.resolve("project.xlsx");
        Run run = Run.of("collect", project.toString(), "--format", "xlsx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode book = Readers.xlsx(out);
        assertThat(book.get(0).get("rows").asInt()).isEqualTo(1 + records);
        assertThat(scores).isGreaterThan(records * form.indicators().size());
        assertThat(Readers.sheet(book, "指标得分").get("rows").asInt()).isEqualTo(1 + scores);
        Run csv = Run.of("collect", project.toString());
        assertThat(csv.code()).as(csv.err()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static int rowsOf(Path file) {
        RecordRead read = new RecordReader(SeedData.form()).read(file);
        int n = 0;
        for (FieldDef f : SeedData.form().fields().values()) {
            if (f.type() == FieldType.TABLE) {
                n += ((List<Object>) read.record().values().get(f.id())).size();
            }
        }
        return n;
    }

    private static int column(JsonNode sheet, String header) {
        for (JsonNode c : sheet.get("cells")) {
            if (c.get(0).asInt() == 1 && c.get(3).asText().equals(header)) {
                return c.get(1).asInt();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
