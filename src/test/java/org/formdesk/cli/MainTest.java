package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process with its output captured. */
class MainTest {
    @TempDir
    Path dir;

    /** One run: exit code and both streams. */
    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        void hasNoStackTrace() {
            for (String s : List.of(out, err)) {
                assertThat(s).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String example() throws Exception {
        return Files.readString(SeedData.EXAMPLE);
    }

    /** A copy of the example with one edit. */
    private Path exampleWith(String from, String to) throws Exception {
        String text = example();
        assertThat(text).contains(from);
        Path file = dir.resolve("record.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private Path exampleWithoutLine(String prefix) throws Exception {
        List<String> kept = new ArrayList<>();
        boolean found = false;
        for (String line : example().lines().toList()) {
            if (line.startsWith(prefix)) {
                found = true;
            } else {
                kept.add(line);
            }
        }
        assertThat(found).isTrue();
        Path file = dir.resolve("record.yaml");
        Files.writeString(file, String.join("\n", kept) + "\n");
        return file;
    }

    private static List<String> errorLines(Run r) {
        return r.outLines().stream().filter(l -> l.startsWith("错误：")).toList();
    }

    @Test
    void scoreJsonGivesExactlyThePublishedFigures() throws Exception {
        Run r = run("score", "--json", SeedData.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        Map<String, String> expected = SeedData.FIGURES;
        JsonNode computed = json.get("computed");
        assertThat(computed.size()).isEqualTo(expected.size());
        expected.forEach((id, figure) -> {
            assertThat(computed.get(id).isTextual()).as(id).isTrue();
            assertThat(computed.get(id).asText()).as(id).isEqualTo(figure);
        });
        assertThat(json.get("indicators").size()).isEqualTo(9);
        assertThat(json.get("indicators").get(2).get("id").asText()).isEqualTo("budget_execution");
        assertThat(json.get("indicators").get(2).get("score").asText()).isEqualTo("13");
        assertThat(json.get("indicators").get(2).get("max").asText()).isEqualTo("16");
        assertThat(json.get("total").asText()).isEqualTo("97");
        assertThat(json.get("max").asText()).isEqualTo("100");
        assertThat(json.get("grade").asText()).isEqualTo("优");
    }

    @Test
    void scoreAsTextShowsTotalAndGrade() {
        Run r = run("score", SeedData.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("部门整体支出绩效自评表").contains("合计 97 / 100").contains("等级 优")
                .contains("28.32%");
    }

    @Test
    void validateTheExampleExitsZeroWithOneWarning() {
        Run r = run("validate", SeedData.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(errorLines(r)).isEmpty();
        List<String> warnings = r.outLines().stream().filter(l -> l.startsWith("警告：")).toList();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).doesNotContain("income_breakdown")
                .contains("39772.52").contains("42072.34").contains("2299.82").contains("（说明："));
        assertThat(r.out()).contains("0 个错误，1 个警告，0 项待定");
    }

    @Test
    void validateJson() throws Exception {
        Run r = run("validate", "--json", SeedData.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("errors").size()).isZero();
        assertThat(json.get("pending").size()).isZero();
        assertThat(json.get("warnings").size()).isEqualTo(1);
        assertThat(json.get("warnings").get(0).get("id").asText()).isEqualTo("income_breakdown");
        assertThat(json.get("warnings").get(0).get("explanation").asText()).contains("2299.82");
    }

    @Test
    void strictPassesWhenTheWarningIsExplainedAndFailsWhenNot() throws Exception {
        assertThat(run("validate", "--strict", SeedData.EXAMPLE.toString()).code()).isZero();
        Path unexplained = exampleWithoutLine("  income_breakdown:");
        Run plain = run("validate", unexplained.toString());
        assertThat(plain.code()).isZero();
        Run strict = run("validate", "--strict", unexplained.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("收入四项合计").doesNotContain("说明");
    }

    @Test
    void aCentOffInExecutedIsAnErrorNamingTheFieldsAndTheDifference() throws Exception {
        Run r = run("validate", exampleWith("executed: '11915.70'", "executed: '11915.71'").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(errorLines(r)).anySatisfy(e -> assertThat(e).doesNotContain("budget_balance").contains("预算执行金额").contains("0.01")
                .contains("42072.35").contains("42072.34"));
        r.hasNoStackTrace();
    }

    @Test
    void textForANumberNamesTheFieldAndAsksForANumber() throws Exception {
        Run r = run("validate", exampleWith("carryover: '1431.98'", "carryover: abc").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(errorLines(r)).anySatisfy(e -> assertThat(e).contains("上年结转金额").contains("应填写数字")
                .contains("abc"));
        r.hasNoStackTrace();
        // the dependent checks wait instead of failing, each named by the fields it compares, none said twice
        List<String> waiting = r.outLines().stream().filter(l -> l.startsWith("待定")).toList();
        assertThat(waiting).anySatisfy(l -> assertThat(l).startsWith("待定（").contains("的核对）：").contains("上年结转金额"));
        assertThat(waiting).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"carryover: '１４３１．９８'", "carryover: '1,431.98万元'", "carryover: ' 1431.98 '",
            "carryover: 1431.98"})
    void fullWidthGroupedAndUnitNumbersAreAccepted(String line) throws Exception {
        Path file = exampleWith("carryover: '1431.98'", line);
        Run r = run("validate", file.toString());
        assertThat(r.code()).isZero();
        assertThat(errorLines(r)).isEmpty();
        Run score = run("score", "--json", file.toString());
        assertThat(new ObjectMapper().readTree(score.out()).get("computed").get("total_budget").asText())
                .isEqualTo("42072.34");
    }

    @Test
    void scoreAboveTheMaximumNamesTheMaximum() throws Exception {
        Run r = run("validate", exampleWith("budget_execution.score: 13", "budget_execution.score: 17").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(errorLines(r)).anySatisfy(e -> assertThat(e).contains("预算执行").contains("16").contains("17"));
    }

    @Test
    void missingDeductionReasonBelowMaxIsAnError() throws Exception {
        Run r = run("validate", exampleWithoutLine("  budget_execution.deduction_reason:").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(errorLines(r)).singleElement().satisfies(e -> assertThat(e).contains("扣分原因").contains("必填"));
    }

    @Test
    void fieldErrorsSayWhereInTheFileTheValueIs() throws Exception {
        Path file = exampleWith("carryover: '1431.98'", "carryover: abc");
        int line = Files.readAllLines(file).indexOf("  carryover: abc") + 1;
        Run r = run("validate", file.toString());
        assertThat(errorLines(r)).anySatisfy(e -> assertThat(e).contains(file + ":" + line + ":"));
    }

    @Test
    void anUnreadableRecordExitsTwoWithOneSentence() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "form: dept-perf-self-eval\nvalues:\n  carryover: '1431.98'\n bad: [\n");
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("formdesk: ").contains("broken.yaml:").contains("not valid YAML"));
        r.hasNoStackTrace();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "score", "export"})
    void aMissingFileExitsTwoWithOneSentence(String command) {
        Run r = run(command, dir.resolve("nowhere.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().satisfies(l -> assertThat(l).contains("nowhere.yaml")
                .contains("没有这个文件"));
        r.hasNoStackTrace();
    }

    @Test
    void aRecordOfAnotherFormExitsTwo() throws Exception {
        Run r = run("validate", "--form", SeedData.FORM.toString(),
                exampleWith("form: dept-perf-self-eval", "form: travel-claim").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("travel-claim");
    }

    @Test
    void aWrongOptionExitsTwo() {
        Run r = run("validate", "--no-such-option", SeedData.EXAMPLE.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "score", "export", "lint", "fill"})
    void helpOnEveryCommandExitsZero(String command) {
        Run r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:");
        Run viaHelp = command.isEmpty() ? run("help") : run("help", command);
        assertThat(viaHelp.code()).isZero();
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("formdesk " + Version.current());
    }

    @Test
    void lintReportsTheCycleTheUnknownReferenceAndTheMaximaEachWithItsLine() throws Exception {
        Path form = dir.resolve("broken-form.yaml");
        Files.writeString(form, """
                id: broken
                version: "1"
                title: Broken
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: money, compute: b + 1}
                      - {id: b, label: B, type: money, compute: a * 2}
                      - {id: c, label: C, type: money, compute: a + ghost}
                    indicators:
                      - {id: one, group: G, label: One, max: 50}
                      - {id: two, group: G, label: Two, max: 49}
                scoring:
                  max: 100
                  grades: [{grade: A, min: 0}]
                """);
        Run r = run("lint", form.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.outLines();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(form + ":8:").contains("cycle").contains("a")
                .contains("b"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(form + ":10:").contains("ghost"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(form + ":15:").contains("99").contains("100"));
        assertThat(lines).last().satisfies(l -> assertThat(l).contains("3 problems"));
    }

    @Test
    void lintReportsExpressionsThatDoNotParse() throws Exception {
        Path form = dir.resolve("f.yaml");
        Files.writeString(form, """
                id: f
                version: "1"
                title: F
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: money}
                      - {id: b, label: B, type: money, compute: "a +* 2)"}
                """);
        Run r = run("lint", form.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(form + ":9:").contains("does not parse");
    }

    @Test
    void lintOfTheSeedFormIsClean() {
        Run r = run("lint", SeedData.FORM.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ok").contains("9 indicators");
    }

    @Test
    void lintOfAMissingFileExitsTwo() {
        Run r = run("lint", dir.resolve("none.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void exportWritesACanonicalRecordThatValidatesTheSame() throws Exception {
        Path out = dir.resolve("exported.json");
        Run r = run("export", "--format", "json", "-o", out.toString(), SeedData.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("computed").get("budget_completion_rate").asText()).isEqualTo("28.32");
        assertThat(json.get("score").get("grade").asText()).isEqualTo("优");
        Run again = run("validate", out.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 个错误，1 个警告，0 项待定");
        Run yaml = run("export", SeedData.EXAMPLE.toString());
        assertThat(yaml.out()).contains("form: dept-perf-self-eval").contains("total_budget: \"42072.34\"");
    }
}
