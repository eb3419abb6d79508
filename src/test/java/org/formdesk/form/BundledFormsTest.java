package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.formdesk.YamlFiles;
import org.junit.jupiter.api.Test;

/** Bundled forms skip Bean Validation at run time (a faster start); this is where they get it instead. */
class BundledFormsTest {
    @Test
    void everyBundledFormPassesTheFullChecks() throws Exception {
        List<Path> forms = YamlFiles.in("forms");
        assertThat(forms).isNotEmpty();
        for (Path file : forms) {
            FormLoader.Result full = new FormLoader().read(file);
            assertThat(full.problems()).as(file.toString()).isEmpty();
            assertThat(full.ok()).as(file.toString()).isTrue();
            // A bundled form's expressions are parsed at their first use (Form.checkedAtBuild): here, all of them.
            assertThat(org.formdesk.engine.Engine.expressionProblems(full.form())).as(file.toString()).isEmpty();
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            Form bundled = new FormLoader().loadBundled(id);
            assertThat(bundled.hash()).as("the jar holds the same form as " + file).isEqualTo(full.form().hash());
            assertThat(bundled.fields().keySet()).containsExactlyElementsOf(full.form().fields().keySet());
        }
    }

    @Test
    void aFormFileStillGetsBeanValidation() {
        byte[] noTitle = "id: x\nversion: \"1\"\nsections:\n  - id: s\n    title: S\n    fields:\n      - {id: a, label: A, type: text}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FormLoader.Result r = new FormLoader().read("x.yaml", noTitle);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("title"));
    }
}
