package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormCatalog;
import org.formdesk.form.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Leaving a section is deliberate: ↓ and ↑ stay in it (and go by line inside a long text), Tab from its last
 * item stops once at a failing check of the section and shows it. Fields found by label, sections by title.
 */
class NavigationTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<String> bundled() {
        return FormCatalog.bundled().stream().map(FormCatalog.Entry::id);
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void downAndUpNeverLeaveASection(String form) throws Exception {
        ScreenDriver d = new ScreenDriver(Engine.of(new FormLoader().loadBundled(form)), dir.resolve(form + ".yaml"), dir, 80, 24);
        for (var section : d.model.form.sections()) {
            d.goTo(section.title());
            int s = d.model.section;
            for (int i = 0; i < d.model.items().size() + 2; i++) {
                d.key(KeyType.ArrowDown);
            }
            assertThat(d.model.section).as("↓ in %s", section.title()).isEqualTo(s);
            assertThat(d.model.focus).isEqualTo(d.model.items().size() - 1);
            assertThat(d.text()).contains("本节最后一项");
            for (int i = 0; i < d.model.items().size() + 2; i++) {
                d.key(KeyType.ArrowUp);
            }
            assertThat(d.model.section).as("↑ in %s", section.title()).isEqualTo(s);
            assertThat(d.model.focus).isZero();
            assertThat(d.text()).contains("本节第一项");
        }
    }

    @Test
    void upAndDownGoByLineInALongTextAndTabStopsOnceAtAFailingCheck() throws Exception {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir, 80, 24).goTo("单位人员情况");
        d.toField("工作人员总数").type("10");
        d.toField("在编（在职）人员数").type("5");
        d.toField("劳务派遣及临时人员").type("2");
        d.toField("人员情况说明").type("第一行").key(KeyType.Enter).type("第二行");
        d.key(KeyType.ArrowUp);
        assertThat(d.model.currentField().label()).isEqualTo("人员情况说明");
        assertThat(d.model.caret).isEqualTo(3); // the same column on the line above
        d.key(KeyType.ArrowDown);
        assertThat(d.model.caret).isEqualTo(d.model.buffer.length());
        d.key(KeyType.ArrowUp).key(KeyType.ArrowUp); // off the first line: the field above
        assertThat(d.model.currentField().label()).isEqualTo("超编人员");
        d.key(KeyType.ArrowDown);

        d.key(KeyType.Tab); // the last field of the section, whose staff check fails (10 ≠ 5 + 2)
        assertThat(d.model.form.sections().get(d.model.section).title()).isEqualTo("单位人员情况");
        assertThat(d.text().replaceAll("\\s+", "")).contains("本节核对未通过", "工作人员总数10人应等于");
        d.key(KeyType.Tab); // seen: now it goes on
        assertThat(d.model.form.sections().get(d.model.section).title()).isNotEqualTo("单位人员情况");
    }
}
