package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.form.FormCatalog;
import org.formdesk.form.FormFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several bundled forms: listed, named by id, chosen at fill; a record's form: is an id, never a path. */
class FormCatalogTest {
    @TempDir
    Path dir;

    @Test
    void formsListsBothBundledFormsWithIdVersionAndTitle() {
        Run r = Run.of("forms");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id").contains("version").contains("title");
        assertThat(lines.get(1)).startsWith("dept-perf-self-eval ").contains("2021.1").contains("部门整体支出绩效自评表")
                .contains("(default)");
        assertThat(r.out()).contains("project-perf-self-eval").contains("2020.1").contains("项目支出绩效自评表");
    }

    @Test
    void formOptionTakesABundledIdAsWellAsAPath() {
        Run byId = Run.of("score", "--form", "project-perf-self-eval", ProjectFormTest.REAL.toString());
        assertThat(byId.code()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("等级 优");
        Run byPath = Run.of("score", "--form", ProjectFormTest.FORM.toString(), ProjectFormTest.REAL.toString());
        assertThat(byPath.out()).isEqualTo(byId.out());
        Run unknown = Run.of("score", "--form", "no-such-form", ProjectFormTest.REAL.toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(unknown.err()).contains("no-such-form").contains("formdesk forms");
    }

    @Test
    void aRecordsFormIsAnIdNeverAPath() throws Exception {
        // x/secret.yaml is a readable form two folders up from a forms folder: the id must not reach it
        Path forms = Files.createDirectories(dir.resolve("a/b/forms"));
        Path secret = Files.createDirectories(dir.resolve("a/x")).resolve("secret.yaml");
        Files.copy(ProjectFormTest.FORM, secret);
        assertThat(forms.resolve("../../x/secret.yaml").normalize()).exists();
        FormCatalog catalog = new FormCatalog(forms);
        assertThatThrownBy(() -> catalog.load("../../x/secret")).isInstanceOf(FormFileException.class)
                .hasMessageContaining("is not a form id");
        assertThatThrownBy(() -> new org.formdesk.form.FormLoader().loadBundled("../forms/project-perf-self-eval"))
                .isInstanceOf(FormFileException.class);

        String record = Files.readString(ProjectFormTest.REAL, StandardCharsets.UTF_8)
                .replace("form: project-perf-self-eval", "form: ../../x/secret");
        Path file = dir.resolve("r.yaml");
        Files.writeString(file, record, StandardCharsets.UTF_8);
        for (String command : new String[] {"validate", "score", "export"}) {
            Run r = Run.of(command, file.toString());
            assertThat(r.code()).as(command).isEqualTo(ExitCodes.UNREADABLE);
            assertThat(r.err()).as(command).contains("is not a form id");
        }
    }

    @Test
    void aFormInTheFormsFolderIsFoundByItsId() throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(forms.resolve("travel.yaml"), """
                id: travel
                version: "3"
                title: 差旅
                sections:
                  - id: s
                    title: 基本
                    fields:
                      - {id: who, label: 姓名, type: text}
                """, StandardCharsets.UTF_8);
        FormCatalog catalog = new FormCatalog(forms);
        assertThat(catalog.all()).extracting(FormCatalog.Entry::id)
                .containsExactly("dept-perf-self-eval", "project-perf-self-eval", "travel");
        assertThat(catalog.load("travel").title()).isEqualTo("差旅");
    }

    @Test
    void fillsFormChooserTakesEnterForTheDefaultANumberOrAnId() throws Exception {
        List<FormCatalog.Entry> forms = FormCatalog.bundled();
        assertThat(choose(forms, "\n")).isEqualTo("dept-perf-self-eval");
        assertThat(choose(forms, "2\n")).isEqualTo("project-perf-self-eval");
        assertThat(choose(forms, "project-perf-self-eval\n")).isEqualTo("project-perf-self-eval");
        StringWriter out = new StringWriter();
        String id = FormChooser.choose(forms, new BufferedReader(new StringReader("7\n2\n")), new PrintWriter(out), "zh");
        assertThat(id).isEqualTo("project-perf-self-eval");
        assertThat(out.toString()).contains("填写哪一张表？", "1  部门整体支出绩效自评表", "2  项目支出绩效自评表",
                "回车选 1", "请输入 1 到 2 之间的序号");
    }

    private static String choose(List<FormCatalog.Entry> forms, String input) throws Exception {
        return FormChooser.choose(forms, new BufferedReader(new StringReader(input)), new PrintWriter(new StringWriter()), "zh");
    }
}
