package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {
    @TempDir
    Path dir;

    private Path records;

    @BeforeEach
    void twoHundredRecordsAndABrokenOne() throws Exception {
        records = Files.createDirectories(dir.resolve("records"));
        String seed = Files.readString(Path.of("examples/dept-perf-self-eval-2021.yaml"));
        for (int i = 1; i <= 200; i++) {
            String text = seed.replace("unit_name: 经济运行部", "unit_name: 单位" + i)
                    .replace("executed: '11915.70'", "executed: '" + (11000 + i) + ".25'");
            Files.writeString(records.resolve(String.format("r%03d.yaml", i)), text);
        }
        Files.writeString(records.resolve("broken.yaml"), "form: dept-perf-self-eval\nvalues:\n  fiscal_year: [\n");
        Files.writeString(records.resolve("notes.txt"), "not a record");
    }

    @Test
    void csvHasARowPerRecordAndNamesTheBrokenFile() {
        Run run = Run.of("collect", records.toString(), "--ids");

        assertThat(run.code()).isEqualTo(ExitCodes.UNREADABLE);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(201);
        assertThat(lines.get(0)).startsWith("\uFEFFfile,fiscal_year,unit_name,status,carryover,")
                .contains(",total_budget,", ",budget_completion_rate,", ",goal_setting.score,",
                        ",score.total,score.max,score.grade,errors,warnings,unexplained");
        assertThat(lines.get(1)).contains("r001.yaml,2021,单位1,final,1431.98,").contains(",11001.25,").endsWith(",97,100,优,2,1,0");
        assertThat(run.err()).contains("已跳过 " + records.resolve("broken.yaml") + ":4:1: not valid YAML")
                .contains("已汇总 200 份记录，跳过 1 个文件").doesNotContain("notes.txt", "Exception");
    }

    @Test
    void jsonKeepsDecimalsExactAndCountsAsNumbers() throws Exception {
        Path out = dir.resolve("all.json");
        Run run = Run.of("collect", records.resolve("r001.yaml").toString(), records.resolve("r002.yaml").toString(),
                "--format", "json", "--out", out.toString());

        assertThat(run.code()).isZero();
        JsonNode table = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(table.get("form").asText()).isEqualTo("dept-perf-self-eval");
        assertThat(table.get("rows")).hasSize(2);
        JsonNode row = table.get("rows").get(1);
        assertThat(row.get("fiscal_year").isIntegralNumber()).isTrue();
        assertThat(row.get("budget_adjustment").asText()).isEqualTo("-1800");
        assertThat(row.get("budget_adjustment").isTextual()).isTrue();
        assertThat(row.get("three_public_change_rate").asText()).isEqualTo("-27.66");
        assertThat(row.get("score.grade").asText()).isEqualTo("优");
        assertThat(row.get("errors").isIntegralNumber()).isTrue();
    }

    @Test
    void aMissingInputIsNamedAndTheRestStillComeOut() {
        Run run = Run.of("collect", records.resolve("r001.yaml").toString(), dir.resolve("nowhere.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains(dir.resolve("nowhere.yaml") + ": 没有这个文件");
    }
}
