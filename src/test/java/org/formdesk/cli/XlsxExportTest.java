package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.Form;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export --format xlsx`, read back with openpyxl. */
class XlsxExportTest {
    @TempDir
    Path dir;

    @Test
    void everyNumberOfTheSeedRecordIsANumericCellEqualToItsExactValue() {
        Path out = dir.resolve("seed.xlsx");
        Run run = Run.of("export", SeedData.EXAMPLE.toString(), "--format", "xlsx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode book = Readers.xlsx(out);
        Form form = SeedData.form();
        Map<String, Object> values = new RecordReader(form).read(SeedData.EXAMPLE).record().values();
        int numbers = checkFieldsSheet(book.get(0), form, values);
        assertThat(numbers).as("numbers checked on the fields sheet").isGreaterThan(40);

        // The item tables, a sheet each in form order: every amount equal to the record's, row by row.
        int sheet = 1;
        int amounts = 0;
        for (FieldDef table : form.fields().values().stream().filter(f -> f.type() == FieldType.TABLE).toList()) {
            JsonNode s = book.get(sheet++);
            assertThat(s.get("name").asText()).endsWith(table.label());
            assertThat(s.get("freeze").asText()).isEqualTo("A2");
            List<?> rows = (List<?>) values.get(table.id());
            assertThat(s.get("rows").asInt()).isEqualTo(rows.size() + 1);
            for (int r = 0; r < rows.size(); r++) {
                String amount = String.valueOf(((Map<?, ?>) rows.get(r)).get("amount"));
                assertNumber(Readers.cell(s, r + 2, 3), new BigDecimal(amount), table.id() + " row " + (r + 1));
                assertText(Readers.cell(s, r + 2, 2), String.valueOf(((Map<?, ?>) rows.get(r)).get("item")));
                amounts++;
            }
        }
        assertThat(amounts).isEqualTo(13 + 10 + 3 + 14);

        JsonNode indicators = Readers.sheet(book, "绩效指标");
        assertThat(indicators.get("rows").asInt()).isEqualTo(1 + form.indicators().size() + 2);
        for (int i = 0; i < form.indicators().size(); i++) {
            String id = form.indicators().get(i).scoreId();
            assertText(Readers.cell(indicators, i + 2, 2), form.indicators().get(i).label());
            assertNumber(Readers.cell(indicators, i + 2, 3), form.indicators().get(i).max(), id + " max");
            assertNumber(Readers.cell(indicators, i + 2, 4), new BigDecimal(String.valueOf(values.get(id))), id);
        }
        assertNumber(Readers.cell(indicators, form.indicators().size() + 2, 4), new BigDecimal("97"), "total");
        assertText(Readers.cell(indicators, form.indicators().size() + 3, 4), "优");
        assertNoFormulas(book);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        String seed = Files.readString(SeedData.EXAMPLE);
        String hostile = seed.replace("org_name: 示范区晋中开发区", "org_name: '=1+2'")
                .replace("unit_head: 王丽萍", "unit_head: '+86 王丽萍'")
                .replace("payment_progress: 每月根据实际情况支付，均已达到进度要求", "payment_progress: '-每月支付'")
                .replace("  - item: 绩效评价费", "  - item: '@SUM(A1:A2)'")
                .replace("  - item: 统计租用经费\n", "  - item: '=HYPERLINK(\"http://example.invalid\",\"x\")'\n");
        assertThat(hostile).isNotEqualTo(seed);
        Path record = dir.resolve("hostile.yaml");
        Files.writeString(record, hostile);
        Path out = dir.resolve("hostile.xlsx");
        Run run = Run.of("export", record.toString(), "--format", "xlsx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode book = Readers.xlsx(out);
        List<String> found = new ArrayList<>();
        for (JsonNode sheet : book) {
            for (JsonNode c : sheet.get("cells")) {
                String text = c.get(3).asText();
                if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !c.get(2).asText().equals("n")) {
                    assertThat(c.get(2).asText()).as(text).isEqualTo("s");
                    assertThat(c.get(5).asBoolean()).as(text + " is quote-prefixed").isTrue();
                    found.add(text);
                }
            }
        }
        assertThat(found).contains("=1+2", "+86 王丽萍", "-每月支付", "@SUM(A1:A2)",
                "=HYPERLINK(\"http://example.invalid\",\"x\")");
        assertNoFormulas(book);

        Path docx = dir.resolve("hostile.docx");
        assertThat(Run.of("export", record.toString(), "--format", "docx", "-o", docx.toString()).code()).isZero();
        assertThat(Readers.paragraphs(Readers.docx(docx))).contains("=1+2", "+86 王丽萍", "@SUM(A1:A2)");
    }

    @Test
    void aSecondFormsFiguresAreNumbersToo() {
        Path out = dir.resolve("other.xlsx");
        Run run = Run.of("export", DocxExportTest.OTHER_RECORD.toString(), "--form", DocxExportTest.OTHER_FORM.toString(),
                "--format", "xlsx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode book = Readers.xlsx(out);
        assertThat(Readers.names(book)).containsExactly("填报内容", "三级指标", "绩效指标");
        Form form = DocxExportTest.load(DocxExportTest.OTHER_FORM);
        RecordRead read = new RecordReader(form).read(DocxExportTest.OTHER_RECORD);
        checkFieldsSheet(book.get(0), form, read.record().values());
        JsonNode rows = Readers.sheet(book, "三级指标");
        assertNumber(Readers.cell(rows, 3, 8), new BigDecimal("18.5"), "got");
        assertText(Readers.cell(rows, 3, 9), "=两段返工");
        assertText(Readers.cell(rows, 4, 6), "+92%");
        assertNoFormulas(book);
    }

    /** Every row of the fields sheet: numbers numeric and exact, rates as rounded fractions, dates as dates. */
    private static int checkFieldsSheet(JsonNode sheet, Form form, Map<String, Object> values) {
        int numbers = 0;
        for (int row = 2; row <= sheet.get("rows").asInt(); row++) {
            String id = Readers.cell(sheet, row, 5).get(3).asText();
            FieldDef f = form.fields().get(id);
            JsonNode cell = Readers.cell(sheet, row, 3);
            Object raw = values.get(id);
            if (f.isComputed()) {
                String shown = SeedData.FIGURES.get(id);
                if (shown != null) {
                    BigDecimal expected = new BigDecimal(shown);
                    assertNumber(cell, f.type() == FieldType.PERCENT ? expected.movePointLeft(2) : expected, id);
                    assertThat(cell.get(4).asText()).isEqualTo(f.type() == FieldType.PERCENT ? "0.00%" : "#,##0.00");
                    numbers++;
                }
            } else if (raw == null) {
                assertThat(cell).as(id + " is empty").isNull();
            } else if (f.type().isNumeric()) {
                assertNumber(cell, new BigDecimal(String.valueOf(raw)), id);
                numbers++;
            } else if (f.type() == FieldType.DATE) {
                assertThat(cell.get(2).asText()).as(id).isEqualTo("d");
                assertThat(cell.get(3).asText()).as(id).isEqualTo(String.valueOf(raw));
            } else {
                assertText(cell, String.valueOf(raw));
            }
        }
        return numbers;
    }

    static void assertNumber(JsonNode cell, BigDecimal expected, String what) {
        assertThat(cell).as(what + " has a cell").isNotNull();
        assertThat(cell.get(2).asText()).as(what + " is a number cell: " + cell).isEqualTo("n");
        assertThat(new BigDecimal(cell.get(3).asText())).as(what).isEqualByComparingTo(expected);
    }

    static void assertText(JsonNode cell, String expected) {
        assertThat(cell).as(expected).isNotNull();
        assertThat(cell.get(2).asText()).as(expected).isEqualTo("s");
        assertThat(cell.get(3).asText()).isEqualTo(expected);
    }

    static void assertNoFormulas(JsonNode book) {
        for (JsonNode sheet : book) {
            for (JsonNode c : sheet.get("cells")) {
                assertThat(c.get(2).asText()).as(sheet.get("name").asText() + " " + c).isNotEqualTo("f");
            }
        }
    }
}
