package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole seed record typed through the screens, as a new user would, up to a finalized record. */
class SeedThroughScreenTest {
    @TempDir
    Path dir;

    @Test
    void typesTheSeedRecordFinalizesAndScores97() throws Exception {
        Path draft = dir.resolve("draft.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 80, 24);
        assertThat(d.model.currentField().label()).isEqualTo("年度");
        SeedValues.typeAll(d, SeedValues.load());
        assertThat(d.text()).contains("总分 97 / 100", "等级 优");

        while (d.model.current().kind() != Item.Kind.FINALIZE) {
            d.key(KeyType.Tab);
        }
        d.key(KeyType.Enter);
        assertThat(d.model.ask).isEqualTo(FillModel.Ask.EXPLAIN);
        assertThat(d.text()).contains("请说明此警告");
        JsonNode example = SeedValues.YAML.readTree(Path.of("examples/dept-perf-self-eval-2021.yaml").toFile());
        d.type(example.get("explanations").get("income_breakdown").asText());
        d.key(KeyType.Enter);

        Path yaml = dir.resolve("out/dept-perf-self-eval-2021-经济运行部.yaml");
        Path json = dir.resolve("out/dept-perf-self-eval-2021-经济运行部.json");
        // Finalize says where it will write and asks first
        assertThat(d.model.ask).isEqualTo(FillModel.Ask.CONFIRM_FINAL);
        assertThat(d.text().replaceAll("\\s+", "")).contains("确认定稿", "dept-perf-self-eval-2021-经济运行部.yaml");
        assertThat(yaml).doesNotExist();
        d.type("y");
        assertThat(d.text()).contains("已定稿");
        assertThat(yaml).exists();
        assertThat(json).exists();
        JsonNode written = SeedValues.YAML.readTree(yaml.toFile());
        assertThat(written.get("status").asText()).isEqualTo("final");
        assertThat(written.get("values")).isEqualTo(example.get("values"));
        assertThat(written.get("explanations")).isEqualTo(example.get("explanations"));

        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"score", "--json", yaml.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"total\" : \"97\"", "\"grade\" : \"优\"");
        assertThat(d.model.farewell()).contains("已定稿", yaml.getFileName().toString(), "--draft");
    }
}
