package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FormLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At 80×24, on both bundled forms, nothing a person must read is cut: every field's whole label shows when
 * it has the focus, the whole footer shows in every section, and the help shows every line whole.
 * Sections are reached by their number and fields found by their label.
 */
class NothingCutTest {
    @TempDir
    Path dir;

    private static Engine engine(String form) throws Exception {
        return Engine.of(new FormLoader().loadBundled(form));
    }

    /** The body's text without the sidebar and without white space, so a wrapped line reads on. */
    private static String body(String screen) {
        StringBuilder sb = new StringBuilder();
        for (String line : screen.split("\n")) {
            int bar = line.indexOf('|');
            sb.append(bar >= 0 && bar < 26 ? line.substring(bar + 1) : line);
        }
        return sb.toString().replaceAll("\\s+", "");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dept-perf-self-eval", "project-perf-self-eval"})
    void everyLabelTheFooterAndTheHelpShowWholeAt80x24(String form) throws Exception {
        Engine engine = engine(form);
        ScreenDriver d = new ScreenDriver(engine, dir.resolve(form + ".yaml"), dir, 80, 24);
        List<String> missing = new ArrayList<>();
        int sections = d.model.form.sections().size();
        for (int s = 0; s < sections; s++) {
            d.key(KeyType.F3).type(String.valueOf(s + 1)).key(KeyType.Enter);
            String title = d.model.form.sections().get(s).title();
            assertThat(body(d.text())).contains(squeeze((s + 1) + ". " + title));
            int items = d.model.items().size();
            for (int i = 0; i < items; i++) {
                Item it = d.model.current();
                if (it != null && (it.kind() == Item.Kind.FIELD || it.kind() == Item.Kind.TABLE)) {
                    FieldDef f = d.model.form.fields().get(it.fieldId());
                    if (!body(d.text()).contains(squeeze(f.label()))) {
                        missing.add(title + " / " + f.label() + ":\n" + d.text());
                    }
                }
                for (String key : d.model.words.t("footer").split("  +")) {
                    if (!squeeze(d.text()).contains(squeeze(key))) {
                        missing.add("footer " + key + " in " + title);
                    }
                }
                d.key(KeyType.ArrowDown);
            }
        }
        assertThat(missing).as("cut at 80x24").isEmpty();
        d.key(KeyType.F1);
        String help = squeeze(d.text());
        for (String line : d.model.words.t("help").split("\n")) {
            assertThat(help).as("help line %s", line).contains(squeeze(line));
        }
        GoldenScreensTest.matches("help-80x24-" + form, d.text());
        d.key(KeyType.Enter);
        d.key(KeyType.F3).type("1").key(KeyType.Enter);
        GoldenScreensTest.matches("first-section-80x24-" + form, d.text());
    }
}
