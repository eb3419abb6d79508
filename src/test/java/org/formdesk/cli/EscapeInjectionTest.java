package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 finding 6: terminal escapes in a record reach no terminal raw. What a record can carry: OSC 0
 * (window title), OSC 52 (clipboard write), ESC[2J (clear screen), a C1 CSI and a right-to-left override.
 */
class EscapeInjectionTest {
    // As a YAML double-quoted string writes them: \e is ESC, \a is BEL, \x9b the one-byte CSI.
    private static final String TITLE = "\\e]0;pwned\\a";
    private static final String CLIPBOARD = "\\e]52;c;cm0gLXJmIH4=\\a";
    private static final String CLEAR = "\\e[2J";

    @TempDir
    Path dir;

    private Path hostile() throws Exception {
        String seed = Files.readString(Path.of("examples/dept-perf-self-eval-2021.yaml"), StandardCharsets.UTF_8);
        String text = seed
                .replace("status: final", "status: \"final" + TITLE + "\"")
                .replace("  fiscal_year: 2021", "  fiscal_year: 2021\n  \"evil" + CLIPBOARD + "\": 1")
                .replace("unit_name: 经济运行部", "unit_name: \"经济" + CLEAR + "\\e[31mred\\x9b1m\\u202e部\"")
                .replace("explanations:\n", "explanations:\n  \"no_such" + CLEAR + "\": x\n");
        Path record = dir.resolve("r.yaml");
        Files.writeString(record, text, StandardCharsets.UTF_8);
        return record;
    }

    private static void noRawControls(String s) {
        assertThat(s).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
    }

    @Test
    void validatePrintsEveryPieceOfDataWithVisibleEscapes() throws Exception {
        Run run = Run.of("validate", hostile().toString());
        noRawControls(run.out());
        noRawControls(run.err());
        assertThat(run.out() + run.err()).contains("\\e]0;pwned\\a").contains("\\e]52;c;");
    }

    @Test
    void validateJsonStaysValidJson() throws Exception {
        Run run = Run.of("validate", "--json", hostile().toString());
        noRawControls(run.out());
        JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void aFormIdWithEscapesIsShownEscaped() throws Exception {
        Path record = dir.resolve("f.yaml");
        Files.writeString(record, "form: \"x" + CLEAR + TITLE + "\"\nvalues: {}\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("f.json");
        Files.writeString(json, "{\"form\": \"x\\u001b[2J\\u001b]0;t\\u0007\", \"values\": {}}", StandardCharsets.UTF_8);
        Run fromJson = Run.of("validate", json.toString());
        noRawControls(fromJson.out());
        noRawControls(fromJson.err());
        Run run = Run.of("validate", record.toString());
        noRawControls(run.out());
        noRawControls(run.err());
    }

    @Test
    void collectStderrAndCsvCarryNoRawEscape() throws Exception {
        Path records = Files.createDirectories(dir.resolve("in"));
        Files.copy(hostile(), records.resolve("r.yaml"));
        Files.writeString(records.resolve("bad\u001b]0;t\u0007.yaml"),
                "form: dept-perf-self-eval\nvalues:\n  fiscal_year: [\n", StandardCharsets.UTF_8);
        Run run = Run.of("collect", records.toString());
        noRawControls(run.out());
        noRawControls(run.err());
        assertThat(run.out()).contains("经济\\e[2J\\e[31mred\\u009b1m\\u202e部");
    }

    @Test
    void markdownAndCsvExportsCarryNoRawEscape() throws Exception {
        Path record = hostile();
        for (String format : new String[] {"md", "csv", "json"}) {
            Path out = dir.resolve("out." + format);
            Run run = Run.of("export", record.toString(), "--format", format, "-o", out.toString());
            String text = Files.readString(out, StandardCharsets.UTF_8);
            noRawControls(text);
            noRawControls(run.err());
            if (format.equals("csv")) {
                assertThat(text).contains("\\e[2J");
            } else if (format.equals("md")) {
                assertThat(text).contains("\\\\e\\[2J"); // \e[2J as Markdown shows it
            }
        }
    }
}
