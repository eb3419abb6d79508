package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.YamlFiles;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;
import org.junit.jupiter.api.Test;

/**
 * A bundled form read from its compiled binary parses its expressions at their first use
 * ({@link org.formdesk.form.Form#checkedAtBuild()}); read from its YAML, all at once. Every figure, check and
 * score of every example must come out the same either way, and a blank form's state too.
 */
class ParseLaterTest {
    @Test
    void theCompiledFormAndItsYamlGiveTheSameVerdictOnEveryExample() throws Exception {
        List<Path> examples = YamlFiles.in("examples");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            String id = RecordReader.formIdOf(example);
            Form compiled = new FormLoader().loadBundled(id);
            Form yaml = new FormLoader().load(Path.of("forms", id + ".yaml"));
            assertThat(compiled.checkedAtBuild()).isTrue();
            assertThat(yaml.checkedAtBuild()).isFalse();
            assertThat(everything(state(Engine.of(compiled), example))).as(example.toString())
                    .isEqualTo(everything(state(Engine.of(yaml), example)));
            assertThat(everything(Engine.of(compiled).newState())).as(id + ", blank")
                    .isEqualTo(everything(Engine.of(yaml).newState()));
        }
    }

    @Test
    void isEmptyIsFoundAsTheRegexFoundIt() {
        for (String text : List.of("ISEMPTY(a)", "isempty (a)", "x + IsEmpty\t\n(b)", "ISEMPTY", "ISEMPTYX(a)",
                "NOTISEMPTY(a)", "ISEMPTY\u00A0(a)", "a ISEMPTY b (c)", "")) {
            assertThat(CompiledExpression.callsIsEmpty(text)).as(text)
                    .isEqualTo(text.toUpperCase(java.util.Locale.ROOT).matches("(?s).*ISEMPTY\\s*\\(.*"));
        }
    }

    private static FormState state(Engine engine, Path example) {
        RecordRead read = new RecordReader(engine.form()).read(example);
        assertThat(read.usable()).isTrue();
        return Records.state(engine, read.record());
    }

    private static List<String> everything(FormState state) {
        List<String> out = new ArrayList<>();
        for (String id : state.form().fields().keySet()) {
            out.add(id + "=" + state.value(id) + " computed=" + state.computed(id) + " errors=" + state.fieldErrors(id));
        }
        for (CheckResult r : state.checkResults()) {
            out.add(r.toString());
        }
        out.add(state.errors() + " " + state.warnings() + " " + state.pending());
        out.add(String.valueOf(state.scoreCard()));
        return out;
    }
}
