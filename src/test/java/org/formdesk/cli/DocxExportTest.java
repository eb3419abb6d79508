package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export --format docx`, read back with python-docx. */
class DocxExportTest {
    static final Path OTHER_FORM = Path.of("src/test/resources/documents/project-eval.yaml");
    static final Path OTHER_RECORD = Path.of("src/test/resources/documents/project-eval-record.yaml");

    @TempDir
    Path dir;

    @Test
    void everyValueOfTheSeedRecordAppearsInTheDocumentInReadingOrder() {
        Path out = dir.resolve("seed.docx");
        Run run = Run.of("export", SeedData.EXAMPLE.toString(), "--format", "docx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = Readers.docx(out);
        String text = String.join("\n", Readers.paragraphs(doc));
        assertInReadingOrder(text, SeedData.form(), SeedData.EXAMPLE);
        for (Map.Entry<String, String> figure : SeedData.FIGURES.entrySet()) {
            String shown = figure.getValue() + (figure.getKey().endsWith("budget") ? "" : "%");
            assertThat(text).as(figure.getKey()).contains(shown);
        }
        // The paper's own lines, from the form's print: block, with the record's values put in.
        assertThat(Readers.paragraphs(doc)).startsWith("附1", "示范区晋中开发区部门整体支出绩效自评表", "（2021年度）",
                "单位名称：经济运行部（盖章）\t填报日期：2022-02-08");
        assertThat(text).contains("单位负责人（签章）：", "年　　月　　日", "备注：1.“设定分值”",
                "绩效指标评分", "合计\n100\n97", "等级\n优");
        assertThat(doc.get("page").get(0).asDouble()).isCloseTo(210.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(doc.get("page").get(1).asDouble()).isCloseTo(297.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(doc.get("orientation").asInt()).as("portrait").isZero();
        assertThat(doc.get("eastAsiaFonts").toString()).contains("宋体");
    }

    @Test
    void aSecondFormIsLaidOutFromItsDefinitionAlone() {
        Path out = dir.resolve("other.docx");
        Run run = Run.of("export", OTHER_RECORD.toString(), "--form", OTHER_FORM.toString(), "--format", "docx",
                "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = Readers.docx(out);
        String text = String.join("\n", Readers.paragraphs(doc));
        assertInReadingOrder(text, load(OTHER_FORM), OTHER_RECORD);
        assertThat(Readers.paragraphs(doc)).startsWith("示例局项目自评简表", "（2023年度）",
                "项目名称：城乡道路养护\t填报日期：2024-01-15");
        // The table of indicator rows with its totals (points 50, scores 48.5), the rate as shown.
        assertThat(text).contains("分值\n得分\n偏差原因", "合计", "50\n48.5", "81.96%", "项目负责人（签字）：",
                "说明：偏差原因在实际完成值未达年度指标值时填写。");
    }

    @Test
    void withoutAPrintBlockTheTitleIsTheFormsAndThereIsNoSignatureBlock() {
        Path out = dir.resolve("travel.docx");
        Run run = Run.of("export", "src/test/resources/export/travel-claim-record.yaml", "--form",
                "src/test/resources/export/travel-claim.yaml", "--format", "docx", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> paragraphs = Readers.paragraphs(Readers.docx(out));
        assertThat(paragraphs.get(0)).isEqualTo("Travel claim");
        assertThat(paragraphs).contains("1. Basics (Amounts in CNY)", "=1+1 Beijing", "Shanghai, return", "420.50");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneSentence() throws Exception {
        Files.writeString(dir.resolve("a-file"), "x");
        Path out = dir.resolve("a-file/seed.docx");
        Run run = Run.of("export", SeedData.EXAMPLE.toString(), "--format", "docx", "-o", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("formdesk: cannot write ").doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
    }

    /** Each value the record file holds, in form order, found in the text after the one before it. */
    static void assertInReadingOrder(String text, Form form, Path recordFile) {
        RecordRead read = new RecordReader(form).read(recordFile);
        assertThat(read.usable()).isTrue();
        int at = 0;
        int checked = 0;
        for (String[] value : valuesInFormOrder(form, read.record().values())) {
            int i = text.indexOf(value[1], at);
            assertThat(i).as("%s = \"%s\" after position %d of the document", value[0], value[1], at)
                    .isGreaterThanOrEqualTo(0);
            at = i + value[1].length();
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    static List<String[]> valuesInFormOrder(Form form, Map<String, Object> values) {
        List<String[]> out = new ArrayList<>();
        for (Section section : form.sections()) {
            for (FieldDef f : section.fields()) {
                Object v = values.get(f.id());
                if (v == null) {
                    continue;
                }
                if (f.type() == FieldType.TABLE) {
                    int r = 0;
                    for (Object row : (List<?>) v) {
                        r++;
                        for (FieldDef col : f.columns()) {
                            Object cell = ((Map<?, ?>) row).get(col.id());
                            if (cell != null) {
                                out.add(new String[] {f.id() + "[" + r + "]." + col.id(), String.valueOf(cell)});
                            }
                        }
                    }
                    continue;
                }
                for (String line : String.valueOf(v).split("\n")) {
                    if (!line.isBlank()) {
                        out.add(new String[] {f.id(), line.strip()});
                    }
                }
            }
        }
        return out;
    }

    static Form load(Path form) {
        try {
            return new FormLoader().load(form);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
