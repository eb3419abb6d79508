package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import org.junit.jupiter.api.Test;

class DefaultValueLintTest {
    @Test
    void aDefaultThatDoesNotFitItsFieldIsReportedOnItsLine() {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: 人数, type: integer, default: abc}
                      - {id: b, label: B, type: date, default: "2022.2.8"}
                """;
        Form form = new FormLoader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).form();
        List<Problem> problems = Engine.expressionProblems(form);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(8);
            assertThat(p.message()).contains("'a'", "人数", "整数");
        });
    }
}
