package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.form.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
    private final RecordReader reader = new RecordReader(SeedData.form());

    private RecordRead yaml(String text) {
        return reader.read("r.yaml", text.getBytes(StandardCharsets.UTF_8), RecordFormat.YAML);
    }

    @Test
    void formAndValuesAloneAreARecord() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values:
                  fiscal_year: 2021
                  carryover: '1431.98'
                """);
        assertThat(read.usable()).isTrue();
        assertThat(read.fatal()).isEmpty();
        assertThat(read.issues()).isEmpty();
        assertThat(read.notes()).isEmpty();
        assertThat(read.record().status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(read.record().values()).containsEntry("fiscal_year", "2021").containsEntry("carryover", "1431.98");
        assertThat(read.record().explanations()).isEmpty();
        assertThat(read.locationOf("carryover").line()).isEqualTo(4);
    }

    @Test
    void scalarsKeepTheTextTheyWereWrittenWith() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values:
                  executed: 11915.70
                  contact_phone: 0354-3368795
                  internal_departments: 04
                """);
        assertThat(read.record().values()).containsEntry("executed", "11915.70")
                .containsEntry("contact_phone", "0354-3368795").containsEntry("internal_departments", "04");
    }

    @Test
    void unknownFieldIdIsAnIssueOnItsLine() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values:
                  fiscal_year: 2021
                  carry_over: '1431.98'
                """);
        assertThat(read.usable()).isTrue();
        Problem p = only(read.issues());
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.message()).contains("本表没有字段“carry_over”");
        assertThat(read.record().values()).doesNotContainKey("carry_over");
    }

    @Test
    void computedIdIsAnIssueAndIgnored() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values:
                  total_budget: '1'
                """);
        Problem p = only(read.issues());
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.message()).contains("调整后预算收入").contains("自动计算");
        assertThat(read.record().values()).isEmpty();
    }

    @Test
    void aRecordForAnotherFormIsFatal() {
        RecordRead read = yaml("""
                form: travel-claim
                values: {}
                """);
        assertThat(read.usable()).isFalse();
        assertThat(read.record()).isNull();
        Problem p = only(read.fatal());
        assertThat(p.location().line()).isEqualTo(1);
        assertThat(p.message()).contains("travel-claim").contains("部门整体支出绩效自评表");
    }

    @Test
    void aRecordWithoutFormOrValuesIsFatal() {
        assertThat(yaml("values: {}\n").fatal()).singleElement().satisfies(p -> assertThat(p.message()).contains("form:"));
        assertThat(yaml("form: dept-perf-self-eval\n").fatal()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("values"));
        assertThat(yaml("- a\n").usable()).isFalse();
        assertThat(yaml("").usable()).isFalse();
    }

    @Test
    void anotherFormVersionIsANoteNotAnError() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                formVersion: "2020.3"
                values: {}
                """);
        assertThat(read.usable()).isTrue();
        assertThat(read.issues()).isEmpty();
        Problem p = only(read.notes());
        assertThat(p.location().line()).isEqualTo(2);
        assertThat(p.message()).contains("2020.3").contains("2021.1");
    }

    @Test
    void badYamlIsFatalWithLineAndColumn() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values:
                  fiscal_year: 2021
                 carryover: '1431.98'
                """);
        assertThat(read.usable()).isFalse();
        Problem p = only(read.fatal());
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.location().column()).isPositive();
        assertThat(p.toString()).matches("r\\.yaml:4:\\d+: .*");
    }

    @Test
    void unknownTopLevelKeysAndStatusAndExplanationsAreIssues() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                statuss: final
                status: done
                values: {}
                explanations:
                  no_such_check: because
                """);
        assertThat(read.usable()).isTrue();
        assertThat(read.issues()).extracting(p -> p.location().line()).containsExactlyInAnyOrder(2, 3, 6);
    }

    @Test
    void anEmptyExplanationsKeyMeansNone() {
        RecordRead read = yaml("""
                form: dept-perf-self-eval
                values: {}
                explanations:
                meta:
                  user: x
                """);
        assertThat(read.issues()).isEmpty();
        assertThat(read.record().explanations()).isEmpty();
        assertThat(read.record().meta().user()).isEqualTo("x");
    }

    @Test
    void aJsonRecordReadsTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, """
                {
                  "form": "dept-perf-self-eval",
                  "status": "final",
                  "values": {
                    "fiscal_year": 2021,
                    "executed": "11915.70",
                    "income_fund_special_items": [{"item": "a", "amount": "721.98"}],
                    "nope": 1
                  },
                  "explanations": {"income_breakdown": "照录"}
                }
                """);
        RecordRead read = reader.read(file);
        assertThat(read.usable()).isTrue();
        assertThat(read.record().status()).isEqualTo(RecordStatus.FINAL);
        assertThat(read.record().values()).containsEntry("fiscal_year", "2021").containsEntry("executed", "11915.70")
                .containsEntry("income_fund_special_items", List.of(Map.of("item", "a", "amount", "721.98")));
        assertThat(read.record().explanations()).containsEntry("income_breakdown", "照录");
        assertThat(only(read.issues()).location().line()).isEqualTo(8);
    }

    @Test
    void badJsonIsFatalWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, "{\n  \"form\": \"dept-perf-self-eval\",\n  \"values\": {,}\n}\n");
        RecordRead read = reader.read(file);
        Problem p = only(read.fatal());
        assertThat(p.message()).startsWith("not valid JSON");
        assertThat(p.location().line()).isEqualTo(3);
    }

    @Test
    void aDuplicateKeyIsFatalInYamlAndInJson() {
        RecordRead yamlRead = yaml("form: dept-perf-self-eval\nvalues:\n  carryover: '1'\n  executed: '2'\n  carryover: '3'\n");
        assertThat(only(yamlRead.fatal()).location().line()).isEqualTo(5);
        assertThat(only(yamlRead.fatal()).message()).contains("carryover");
        RecordRead jsonRead = reader.read("r.json", "{\"form\": \"dept-perf-self-eval\",\n \"values\": {\"carryover\": \"1\",\n \"carryover\": \"3\"}}\n"
                .getBytes(StandardCharsets.UTF_8), RecordFormat.JSON);
        assertThat(jsonRead.usable()).isFalse();
        assertThat(only(jsonRead.fatal()).location().line()).isEqualTo(3);
        assertThat(only(jsonRead.fatal()).message()).contains("carryover");
    }

    @Test
    void missingFileAndDirectoryAreFatalInOneSentence(@TempDir Path dir) {
        assertThat(only(reader.read(dir.resolve("none.yaml")).fatal()).message()).endsWith("没有这个文件");
        assertThat(only(reader.read(dir).fatal()).message()).endsWith("不是普通文件");
    }

    @Test
    void aliasesInARecordAreRefusedNotReadAsTheAnchorsName() {
        StringBuilder text = new StringBuilder("form: dept-perf-self-eval\nvalues:\n  org_name: &a x\n");
        for (int i = 0; i < 60; i++) {
            text.append("  f").append(i).append(": *a\n");
        }
        RecordRead read = yaml(text.toString());
        assertThat(read.usable()).isFalse();
        assertThat(only(read.fatal()).message()).contains("aliases");
        assertThat(only(read.fatal()).location().line()).isEqualTo(4);
    }

    @Test
    void deeplyNestedRecordIsRefused() {
        RecordRead read = yaml("form: dept-perf-self-eval\nvalues:\n  x: " + "[".repeat(1000) + "]".repeat(1000) + "\n");
        assertThat(read.usable()).isFalse();
        assertThat(only(read.fatal()).message()).contains("nested deeper");
        assertThat(only(read.fatal()).location().line()).isEqualTo(3);
    }

    @Test
    void theExampleReadsCleanly() {
        RecordRead read = SeedData.exampleRead();
        assertThat(read.usable()).isTrue();
        assertThat(read.issues()).isEmpty();
        assertThat(read.notes()).isEmpty();
        assertThat(read.record().status()).isEqualTo(RecordStatus.FINAL);
        assertThat(read.record().explanations()).containsKey("income_breakdown");
        assertThat(RecordReader.formIdOf(SeedData.EXAMPLE)).isEqualTo("dept-perf-self-eval");
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
