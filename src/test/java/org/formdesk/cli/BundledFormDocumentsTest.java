package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.formdesk.YamlFiles;
import org.formdesk.form.Form;
import org.formdesk.record.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled form, and every example record, makes a Word document and a workbook; no export code names a form. */
class BundledFormDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void everyBundledFormExportsAnEmptyDraftAndItsExamplesToDocxAndXlsx() throws Exception {
        List<Path> forms = YamlFiles.in("forms");
        assertThat(forms).isNotEmpty();
        int examples = 0;
        for (Path formFile : forms) {
            Form form = DocxExportTest.load(formFile);
            Path empty = dir.resolve(form.id() + "-empty.yaml");
            Files.writeString(empty, "form: " + form.id() + "\nformVersion: \"" + form.version()
                    + "\"\nstatus: draft\nvalues: {}\n");
            List<Path> records = new ArrayList<>(List.of(empty));
            for (Path example : YamlFiles.in("examples")) {
                if (form.id().equals(RecordReader.formIdOf(example))) {
                    records.add(example);
                    examples++;
                }
            }
            for (Path record : records) {
                Path docx = dir.resolve(record.getFileName() + ".docx");
                Path xlsx = dir.resolve(record.getFileName() + ".xlsx");
                Run d = Run.of("export", record.toString(), "--form", formFile.toString(), "--format", "docx", "-o", docx.toString());
                Run x = Run.of("export", record.toString(), "--form", formFile.toString(), "--format", "xlsx", "-o", xlsx.toString());
                assertThat(d.code()).as(record + ": " + d.err()).isZero();
                assertThat(x.code()).as(record + ": " + x.err()).isZero();
                String text = String.join("\n", Readers.paragraphs(Readers.docx(docx)));
                for (var section : form.sections()) {
                    assertThat(text).as(record + " has section " + section.title()).contains(section.title());
                }
                JsonNode book = Readers.xlsx(xlsx);
                assertThat(book.get(0).get("rows").asInt()).as(record + " fields sheet").isGreaterThan(1);
                XlsxExportTest.assertNoFormulas(book);
                if (record != empty) {
                    DocxExportTest.assertInReadingOrder(text, form, record);
                }
            }
        }
        assertThat(examples).as("example records exported").isPositive();
    }

    @Test
    void noExportCodeNamesAForm() throws Exception {
        List<String> names = new ArrayList<>();
        for (Path formFile : YamlFiles.in("forms")) {
            Form form = DocxExportTest.load(formFile);
            names.add(form.id());
            names.add(form.title());
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/formdesk/record/export"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (String name : names) {
                    assertThat(code).as(source + " names " + name).doesNotContain(name);
                }
            }
        }
    }
}
