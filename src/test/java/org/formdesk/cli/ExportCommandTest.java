package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String SEED = "examples/dept-perf-self-eval-2021.yaml";

    @TempDir
    Path dir;

    @Test
    void csvOfTheSeed() {
        Run run = Run.of("export", SEED, "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("\uFEFF年度 [fiscal_year],").contains(",-1800,", ",1304.4375,");
    }

    @Test
    void csvToAFileIsUtf8WithABom() throws Exception {
        Path out = dir.resolve("seed.csv");
        Run run = Run.of("export", SEED, "--format", "csv", "--ids", "-o", out.toString());
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("fiscal_year,org_name,unit_name,", ",经济运行部,");
    }

    @Test
    void markdownReport() {
        Run run = Run.of("export", SEED, "--format", "md");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# 部门整体支出绩效自评表").contains("**等级** 优");
    }

    @Test
    void anUnknownFormatIsOneClearLine() {
        Run run = Run.of("export", SEED, "--format", "pdf");
        assertThat(run.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).contains("pdf", "yaml, json, csv, md, docx, xlsx").doesNotContain("Exception");
    }

    @Test
    void aRecordThatCannotBeReadIsNamed() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "form: dept-perf-self-eval\nvalues: [\n");
        Run run = Run.of("export", broken.toString(), "--format", "csv");
        assertThat(run.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).startsWith("formdesk: " + broken + ":").doesNotContain("Exception");
    }

    @Test
    void schemaOfTheDefaultForm() {
        Run run = Run.of("schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"",
                "\"const\" : \"dept-perf-self-eval\"");
    }

    @Test
    void schemaOfAFormThatCannotBeUsed() throws Exception {
        Path form = Files.writeString(dir.resolve("bad-form.yaml"), "id: x\n");
        Run run = Run.of("schema", "--form", form.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err()).contains("bad-form.yaml").doesNotContain("Exception");
    }
}
