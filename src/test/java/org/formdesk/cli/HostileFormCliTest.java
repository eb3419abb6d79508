package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 finding 4 at the command line: each hostile expression or pattern of a form is one located lint
 * line, and score on such a form says so in a line instead of hanging. The timeout only stops a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFormCliTest {
    private static final String FORM = """
            id: hostile
            version: "1"
            title: Hostile
            sections:
              - id: s
                title: S
                fields:
                  - {id: amount, label: 金额, type: money}
                  - {id: code, label: 编码, type: text, pattern: "((a+)+)+$"}
                  - {id: a, label: A, type: money, compute: amount^999999999}
                  - {id: b, label: B, type: money, compute: FACT(100000000)}
                  - {id: c, label: C, type: money, compute: "STR_MATCHES(\\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\\", \\"((a+)+)+$\\") "}
                  - {id: d, label: D, type: money, compute: "%s amount"}
            """.formatted("-".repeat(20_000));

    @TempDir
    Path dir;

    @Test
    void lintGivesOneLocatedLinePerHostileExpression() throws Exception {
        Path form = dir.resolve("hostile.yaml");
        Files.writeString(form, FORM, StandardCharsets.UTF_8);
        Run run = Run.of("lint", form.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        List<String> lines = (run.out() + run.err()).lines().filter(l -> l.matches("^.*hostile\\.yaml:\\d+:.*")).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("^.*hostile\\.yaml:\\d+:\\d+: .*").hasSizeLessThan(300));
        assertThat(String.join("\n", lines)).contains(":10:", ":11:", ":12:", ":13:");
    }

    @Test
    void scoreOnTheHostileFormSaysWhyInsteadOfHanging() throws Exception {
        Path form = dir.resolve("hostile.yaml");
        Files.writeString(form, FORM, StandardCharsets.UTF_8);
        Path record = dir.resolve("r.yaml");
        Files.writeString(record, "form: hostile\nformVersion: \"1\"\nstatus: draft\nvalues:\n  amount: '2'\n  code: "
                + "a".repeat(32) + "!\n", StandardCharsets.UTF_8);
        Run run = Run.of("score", record.toString(), "--form", form.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("hostile.yaml:10:").doesNotContain("Exception", "\tat ");
    }
}
