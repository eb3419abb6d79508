package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form files with one mistake each: every problem is reported with the line it is on, and nothing
 * hostile (an alias bomb, a huge or absurdly deep document) makes the loader hang or throw.
 */
class FormLoaderTest {
    /** Everything lint would say: the loader's problems and, for a form that binds, the expression problems. */
    private static List<Problem> lint(String yaml) {
        FormLoader.Result result = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.form() != null) {
            problems.addAll(Engine.expressionProblems(result.form()));
        }
        return problems;
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static Problem find(List<Problem> problems, String fragment) {
        return problems.stream().filter(p -> p.message().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentions '" + fragment + "' in " + problems));
    }

    private static final String HEAD = """
            id: t
            version: "1"
            title: T
            sections:
              - id: s
                title: S
                fields:
            """;

    @Test
    void aWellFormedFormHasNoProblems() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                      - {id: b, label: B, type: money, compute: a * 2}
                """;
        FormLoader.Result result = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(Engine.expressionProblems(result.form())).isEmpty();
    }

    @Test
    void theSeedFormIsClean() throws Exception {
        FormLoader.Result result = new FormLoader().read(Path.of("forms/dept-perf-self-eval.yaml"));
        assertThat(result.problems()).isEmpty();
        assertThat(Engine.expressionProblems(result.form())).isEmpty();
    }

    @Test
    void unknownKeyIsReportedOnItsLineWithASuggestion() {
        String yaml = HEAD + """
                      - id: a
                        label: A
                        type: money
                        requird: true
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(11);
        assertThat(p.location().column()).isEqualTo(9);
        assertThat(p.message()).contains("unknown key 'requird'").contains("did you mean 'required'?");
        assertThat(p.toString()).startsWith("t.yaml:11:9: ");
    }

    @Test
    void unknownTopLevelAndSectionKeysAreEachReported() {
        String yaml = """
                id: t
                version: "1"
                titel: T
                sections:
                  - id: s
                    title: S
                    feilds:
                      - {id: a, label: A, type: text}
                """;
        List<Problem> problems = lint(yaml);
        Problem titel = find(problems, "'titel'");
        assertThat(titel.location().line()).isEqualTo(3);
        assertThat(titel.message()).contains("did you mean 'title'?");
        Problem feilds = find(problems, "'feilds'");
        assertThat(feilds.location().line()).isEqualTo(7);
        assertThat(feilds.message()).contains("did you mean 'fields'?");
    }

    @Test
    void unknownKeyWhoseValueIsAListIsReportedOnItsOwnLine() {
        String yaml = """
                id: t
                extras: [1, 2]
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: text, choices: [x, y], hint: h}
                """;
        List<Problem> problems = lint(yaml);
        assertThat(find(problems, "'extras'").location().line()).isEqualTo(2);
        assertThat(find(problems, "'choices'").location().line()).isEqualTo(9);
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyListsTheKnownOnes() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money, zzzzzzzz: 1}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(8);
        assertThat(p.message()).contains("'zzzzzzzz'").contains("expected one of").contains("label");
    }

    @Test
    void duplicateFieldIdNamesTheFirstDeclaration() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                      - {id: b, label: B, type: money}
                      - {id: a, label: A again, type: text}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(10);
        assertThat(p.message()).contains("duplicate field id 'a'").contains("line 8");
    }

    @Test
    void duplicateCheckIdIsReported() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                checks:
                  - {id: c, assert: a > 0}
                  - {id: c, assert: a < 10}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(11);
        assertThat(p.message()).contains("duplicate check id 'c'");
    }

    @Test
    void unknownReferencesInComputeChecksAndRequiredWhenAreEachReportedOnTheirLine() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                      - {id: b, label: B, type: money, compute: a + nope}
                      - {id: c, label: C, type: text, requiredWhen: missing_flag}
                checks:
                  - id: k
                    left: a
                    op: "<="
                    right: ceiling
                """;
        List<Problem> problems = lint(yaml);
        assertThat(problems).hasSize(3);
        Problem compute = find(problems, "'nope'");
        assertThat(compute.location().line()).isEqualTo(9);
        assertThat(compute.message()).contains("field 'b' compute refers to unknown field 'nope'");
        Problem required = find(problems, "'missing_flag'");
        assertThat(required.location().line()).isEqualTo(10);
        assertThat(required.message()).contains("requiredWhen");
        Problem check = find(problems, "'ceiling'");
        assertThat(check.location().line()).isEqualTo(15);
        assertThat(check.message()).contains("check 'k' right refers to unknown field 'ceiling'");
    }

    @Test
    void cycleAmongComputedFieldsNamesEveryFieldInTheCycle() {
        String yaml = HEAD + """
                      - {id: base, label: Base, type: money}
                      - {id: x, label: X, type: money, compute: y + base}
                      - {id: y, label: Y, type: money, compute: z * 2}
                      - {id: z, label: Z, type: money, compute: x - 1}
                      - {id: ok, label: OK, type: money, compute: base + 1}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.message()).contains("cycle").contains("x").contains("y").contains("z")
                .doesNotContain("base").doesNotContain("ok");
        assertThat(p.location().line()).isEqualTo(9);
    }

    @Test
    void aFieldComputedFromItselfIsACycle() {
        String yaml = HEAD + """
                      - {id: x, label: X, type: money, compute: x + 1}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(8);
        assertThat(p.message()).contains("cycle").contains("x");
    }

    @Test
    void textFieldUsedInArithmeticIsReported() {
        String yaml = HEAD + """
                      - {id: name, label: Name, type: text}
                      - {id: a, label: A, type: money}
                      - {id: b, label: B, type: money, compute: a + name}
                      - {id: n, label: N, type: integer, compute: "IF(ISEMPTY(name), 0, 1)"}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(10);
        assertThat(p.message()).contains("uses text field 'name'").contains("arithmetic");
    }

    @Test
    void indicatorMaximaThatDoNotAddUpToScoringMaxAreReportedAtScoringMax() {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    indicators:
                      - {id: one, group: G, label: One, max: 60}
                      - {id: two, group: G, label: Two, max: 39}
                scoring:
                  max: 100
                  grades: [{grade: A, min: 0}]
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(11);
        assertThat(p.message()).contains("99").contains("100");
    }

    @Test
    void expressionThatDoesNotParseIsReportedByTheEngineOnItsLine() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                      - id: b
                        label: B
                        type: money
                        compute: (a + 1
                """;
        FormLoader.Result result = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        Problem p = only(Engine.expressionProblems(result.form()));
        assertThat(p.location().line()).isEqualTo(12);
        assertThat(p.message()).contains("(a + 1").contains("does not parse");
    }

    @Test
    void unknownFieldTypeListsTheTypes() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: monie}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(8);
        assertThat(p.message()).contains("unknown field type 'monie'").contains("money");
    }

    @Test
    void missingRequiredKeysAreNamed() {
        String yaml = """
                id: t
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, type: text}
                """;
        List<Problem> problems = lint(yaml);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.startsWith("version"));
        Problem label = find(problems, "label");
        assertThat(label.location().line()).isEqualTo(7);
    }

    @Test
    void ruleViolationsInsideListsAreReportedOnTheirOwnLine() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money}
                      - {id: b, label: "", type: money, maxLength: 0}
                checks:
                  - {id: k, left: a, op: "~", right: b}
                """;
        List<Problem> problems = lint(yaml);
        assertThat(find(problems, "sections[0].fields[1].label").location().line()).isEqualTo(9);
        assertThat(find(problems, "sections[0].fields[1].maxLength").location().line()).isEqualTo(9);
        Problem op = find(problems, "checks[0].op");
        assertThat(op.location().line()).isEqualTo(11);
        assertThat(op.message()).contains("must be one of");
    }

    @Test
    void badYamlSyntaxGivesTheLineOfTheMistake() {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: [S
                    fields: []
                """;
        Problem p = only(lint(yaml));
        assertThat(p.message()).startsWith("not valid YAML").contains("line 6");
        assertThat(p.location().line()).isEqualTo(7);
    }

    @Test
    void tabIndentationIsReportedOnTheLineWithTheTab() {
        String yaml = "id: t\nversion: \"1\"\ntitle: T\n\tsections: []\n";
        Problem p = only(lint(yaml));
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.location().line()).isEqualTo(4);
    }

    @Test
    void wrongIndentationIsReportedOnTheLineThatIsIndented() {
        String yaml = "id: t\nversion: \"1\"\n  title: T\nsections: []\n";
        Problem p = only(lint(yaml));
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.location().line()).isEqualTo(3);
    }

    @Test
    void duplicateKeyIsReportedOnTheSecondOccurrence() {
        String yaml = "id: t\nversion: \"1\"\ntitle: T\ntitle: U\nsections: []\n";
        Problem p = only(lint(yaml));
        assertThat(p.message()).contains("title");
        assertThat(p.location().line()).isEqualTo(4);
    }

    @Test
    @Timeout(60) // a guard against a hang, not a timing assertion
    void billionLaughsIsRefusedAsAnAliasBomb() {
        StringBuilder yaml = new StringBuilder("id: t\nversion: \"1\"\ntitle: T\n");
        yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"); // line 4
        String previous = "a";
        for (int level = 0; level < 9; level++) { // lines 5..13, nine aliases each
            String name = "b" + level;
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        Problem p = only(lint(yaml.toString()));
        assertThat(p.message()).contains("aliases");
        // every alias is refused: the first stands on line 5
        assertThat(p.location().line()).isEqualTo(5);
    }

    @Test
    void aSingleAliasIsRefusedRatherThanReadAsTheAnchorsName() {
        String yaml = """
                id: t
                version: &v "1"
                title: *v
                sections:
                  - {id: s, title: S, fields: [{id: a, label: A, type: text}]}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.message()).contains("aliases").contains("not supported");
        assertThat(p.location().line()).isEqualTo(3);
    }

    @Test
    void anAnchorWithoutAliasIsHarmless() {
        String yaml = """
                id: t
                version: &v "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: text}
                """;
        assertThat(lint(yaml)).isEmpty();
    }

    @Test
    @Timeout(60)
    void aDocumentOverFourMebibytesIsRefused(@TempDir Path dir) throws Exception {
        String yaml = HEAD + "      - {id: a, label: A, type: text}\n# " + "x".repeat(4 * 1024 * 1024) + "\n";
        Problem p = only(lint(yaml));
        assertThat(p.message()).contains("larger than 4 MiB");
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, yaml);
        FormLoader.Result fromFile = new FormLoader().read(file);
        assertThat(fromFile.form()).isNull();
        assertThat(only(fromFile.problems()).message()).contains("larger than 4 MiB");
    }

    @Test
    @Timeout(60)
    void thousandNestedFlowListsAreRefusedAsTooDeep() {
        String yaml = "id: t\nversion: \"1\"\ntitle: T\nsections: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        Problem p = only(lint(yaml));
        assertThat(p.message()).contains("nested deeper than 40");
        assertThat(p.location().line()).isEqualTo(4);
    }

    @Test
    @Timeout(60)
    void thousandNestedBlockListsAreRefusedAsTooDeep() {
        StringBuilder yaml = new StringBuilder("id: t\nversion: \"1\"\ntitle: T\nsections:\n");
        for (int depth = 0; depth < 1000; depth++) {
            yaml.append("  ".repeat(depth)).append("-\n");
        }
        Problem p = only(lint(yaml.toString()));
        assertThat(p.message()).contains("nested deeper than 40");
        assertThat(p.location().line()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void emptyAndNonMappingDocumentsAreRefusedInWords() {
        for (String yaml : List.of("", "hello\n", "- a\n- b\n")) {
            Problem p = only(lint(yaml));
            assertThat(p.message()).as(yaml).doesNotContain("org.formdesk").doesNotContain("`");
        }
    }

    @Test
    void aKeyWrittenTwiceNamesTheLineOfEach() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money,
                         label: B}
                """;
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.message()).isEqualTo("'label' is written twice in one mapping; the first is on line 8");
    }

    @Test
    void numbersWhereTheFormWantsTextAreKeptAsWritten() {
        String yaml = HEAD.replace("version: \"1\"", "version: 1.10")
                + "      - {id: a, label: 007, type: choice, default: 1e3, options: [01, 02, 1.50]}\n";
        FormLoader.Result result = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        FieldDef a = result.form().fields().get("a");
        assertThat(result.form().version()).isEqualTo("1.10");
        assertThat(a.label()).isEqualTo("007");
        assertThat(a.defaultValue()).isEqualTo("1e3");
        assertThat(a.options()).extracting(ChoiceOption::value).containsExactly("01", "02", "1.50");
    }

    @Test
    void aSecondDocumentIsRefusedWhereItStarts() {
        String yaml = HEAD + "      - {id: a, label: A, type: money}\n---\nid: u\n";
        Problem p = only(lint(yaml));
        assertThat(p.location().line()).isEqualTo(10);
        assertThat(p.message()).contains("second YAML document");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLineColumnAndPlaceInTheFile() {
        byte[] bytes = (HEAD + "      - {id: a, label: \"A\u00ff\", type: money}\n").getBytes(StandardCharsets.ISO_8859_1);
        FormLoader.Result result = new FormLoader().read("t.yaml", bytes);
        Problem p = only(result.problems());
        assertThat(p.toString()).isEqualTo("t.yaml:8:26: not valid UTF-8: byte 0xff at line 8, column 26 (byte "
                + (HEAD.length() + 26) + " of the file); save the file as UTF-8");
    }

    @Test
    void wrongValuesAreWordedWithWhatWasExpectedAndWhatWasFoundNeverAJavaType() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: [money]}
                      - {id: b, label: B, type: money, maxLength: 1.5}
                      - {id: c, label: C, type: money, scale: 99999999999999999999}
                      - {id: d, label: D, type: money, min: "5"}
                      - {id: e, label: E, type: money, required: maybe}
                """;
        for (String line : yaml.lines().skip(7).toList()) {
            Problem p = only(lint(HEAD + line + "\n"));
            assertThat(p.location().line()).as(line).isEqualTo(8);
            assertThat(p.message()).as(line).doesNotContain("`").doesNotContain("java").doesNotContain("org.")
                    .doesNotContain("Jackson").doesNotContain("JsonToken");
        }
        assertThat(only(lint(HEAD + yaml.lines().skip(7).findFirst().get() + "\n")).message())
                .endsWith("type: wrong type of value; expected one of text, longtext, integer, money, decimal, percent, "
                        + "date, phone, choice, boolean, table, score, found a list");
        assertThat(find(lint(HEAD + "      - {id: b, label: B, type: money, maxLength: 1.5}\n"), "maxLength").message())
                .endsWith("maxLength: 1.5 is not a whole number");
        assertThat(find(lint(HEAD + "      - {id: c, label: C, type: money, scale: 99999999999999999999}\n"), "scale")
                .message()).contains("99999999999999999999 is out of range");
        assertThat(find(lint(HEAD + "      - {id: d, label: D, type: money, min: \"5\"}\n"), "min").message())
                .endsWith("expected a number, found '5' (in quotes a number is text: write it without them)");
        assertThat(find(lint(HEAD + "      - {id: e, label: E, type: money, required: maybe}\n"), "required").message())
                .endsWith("expected true or false, found 'maybe'");
    }

    @Test
    void loadThrowsWithEveryProblem() {
        String yaml = HEAD + """
                      - {id: a, label: A, type: money, compute: b}
                      - {id: b, label: B, type: money, compute: a}
                      - {id: c, label: C, type: money, compute: nope}
                """;
        try {
            new FormLoader().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("a form with a cycle must not load");
        } catch (FormFileException e) {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.getMessage()).contains("t.yaml:8:").contains("t.yaml:10:");
        }
    }
}
