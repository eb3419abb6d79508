package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.Section;
import org.formdesk.record.RecordMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --plain: one prompt per field from piped input, the same checks, the same record. */
class PlainFillTest {
    @TempDir
    Path dir;

    private List<String> run(String input, StringWriter out) throws Exception {
        Engine engine = ScreenDriver.seedEngine();
        Path draft = dir.resolve("d.yaml");
        Opening o = Opening.open(engine, draft);
        FillModel m = new FillModel(o.state(), Words.of("zh"), new DraftRepository(draft, dir.resolve("out")), Map.of(), RecordMeta.NONE);
        return new PlainFill(m, new BufferedReader(new StringReader(input)), new PrintWriter(out)).run();
    }

    @Test
    void theSeedRecordPipedInGivesTheExampleRecord() throws Exception {
        JsonNode seed = SeedValues.load();
        JsonNode example = SeedValues.YAML.readTree(Path.of("examples/dept-perf-self-eval-2021.yaml").toFile());
        StringBuilder in = new StringBuilder();
        for (Section sec : ScreenDriver.seedEngine().form().sections()) {
            for (FieldDef f : sec.fields()) {
                if (f.isComputed()) {
                    continue;
                }
                JsonNode v = seed.get(f.id());
                if (f.type() == FieldType.TABLE) {
                    if (v != null) {
                        for (JsonNode row : v) {
                            in.append(row.get("item").asText()).append('|').append(row.get("amount").asText()).append('\n');
                        }
                    }
                    in.append('\n');
                } else if (f.type() == FieldType.LONGTEXT) {
                    in.append(v == null ? "" : v.asText() + "\n").append(".\n");
                } else {
                    in.append(v == null ? "" : v.asText()).append('\n');
                }
            }
        }
        in.append(example.get("explanations").get("income_breakdown").asText()).append('\n');
        StringWriter out = new StringWriter();
        List<String> written = run(in.toString(), out);
        assertThat(out.toString()).contains("总分 97 / 100", "等级 优");
        assertThat(written).hasSize(2);
        JsonNode record = SeedValues.YAML.readTree(Path.of(written.get(0)).toFile());
        assertThat(record.get("values")).isEqualTo(example.get("values"));
        assertThat(record.get("explanations")).isEqualTo(example.get("explanations"));
    }

    @Test
    void aBadValueIsReportedByLabelAndAskedAgain() throws Exception {
        StringWriter out = new StringWriter();
        run("1999\n2021x\n2021\n", out);
        assertThat(out.toString()).contains("年度：不能小于 2000", "年度：不接受「x」", "输入结束，草稿已保存");
        assertThat(Files.readString(dir.resolve("d.yaml"))).contains("fiscal_year: 2021");
    }

    @Test
    void aSaveThatFailsIsNeverReportedAsSaved() throws Exception {
        // Issue 13, finding 1: the draft's folder cannot be made (a file stands in its way): every save fails.
        Files.writeString(dir.resolve("blocked"), "");
        Path draft = dir.resolve("blocked").resolve("d.yaml");
        Engine engine = ScreenDriver.seedEngine();
        FillModel m = new FillModel(Opening.open(engine, draft).state(), Words.of("zh"), new DraftRepository(draft, dir.resolve("out")),
                Map.of(), RecordMeta.NONE);
        StringWriter out = new StringWriter();
        PlainFill plain = new PlainFill(m, new BufferedReader(new StringReader("2021\n")), new PrintWriter(out));
        plain.run();
        assertThat(out.toString()).doesNotContain("草稿已保存").contains("保存失败", "草稿未能保存")
                .doesNotContain("java.", "Exception");
        assertThat(plain.allSaved()).isFalse();
        assertThat(Files.isRegularFile(draft)).isFalse();
    }

    @Test
    void aRejectedValueIsNotOfferedBackAndEveryRefusalGivesAnExample() throws Exception {
        StringWriter out = new StringWriter();
        run("1999\n二〇二一\n", out);
        String text = out.toString();
        assertThat(text).contains("年度：不能小于 2000").doesNotContain("1999」");
        assertThat(text).contains("提示：评价的预算年度");
        assertThat(Files.readString(dir.resolve("d.yaml"))).contains("fiscal_year: 2021").doesNotContain("1999");
        StringWriter again = new StringWriter();
        run("2021x\n", again);
        assertThat(again.toString()).contains("年度：不接受「x」，请填写如 2021");
    }
}
