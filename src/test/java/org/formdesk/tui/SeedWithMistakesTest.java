package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole seed form typed from the paper at 80×24 with the slips a new user makes: an extra PgDn, a value
 * typed over a filled one, Esc to take a slip back; the record still comes out equal to the example.
 * Fields are found by their label and sections by their title, not by counting keys.
 */
class SeedWithMistakesTest {
    @TempDir
    Path dir;

    /** Tabs forward (through the sections) until the focus is on the field with this label in that section. */
    private static void focusOn(ScreenDriver d, String sectionTitle, String label) throws Exception {
        goToSection(d, sectionTitle);
        for (int guard = 0; guard < 200; guard++) {
            if (d.model.currentField() != null && d.model.current().kind() == Item.Kind.FIELD
                    && d.model.currentField().label().equals(label)) {
                return;
            }
            d.key(KeyType.ArrowDown);
        }
        throw new AssertionError("no field " + label + " in " + sectionTitle);
    }

    /** Jumps to a section by the number the screen shows beside its title. */
    private static void goToSection(ScreenDriver d, String title) throws Exception {
        var sections = d.model.form.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().equals(title)) {
                d.key(KeyType.F3).type(String.valueOf(i + 1)).key(KeyType.Enter);
                assertThat(d.text()).contains((i + 1) + ". " + title);
                return;
            }
        }
        throw new AssertionError("no section " + title);
    }

    @Test
    void theSeedTypedWithSlipsEndsEqualToTheExample() throws Exception {
        JsonNode seed = SeedValues.load();
        JsonNode example = SeedValues.YAML.readTree(Path.of("examples/dept-perf-self-eval-2021.yaml").toFile());
        Path out = dir.resolve("out");
        ScreenDriver d = new ScreenDriver(dir.resolve("draft.yaml"), out, 80, 24);

        // 年度, then an extra PgDn that skips the rest of the section; PgUp comes back to it
        d.type("2021").key(KeyType.Tab);
        d.key(KeyType.PageDown);
        assertThat(d.text()).contains("2. 预算收支概况");
        d.key(KeyType.PageUp);
        assertThat(d.text()).contains("1. 基本信息");
        // On the filled 年度 typing replaces the value; Esc takes the slip back
        assertThat(d.model.currentField().label()).isEqualTo("年度");
        d.type("2020");
        assertThat(d.model.buffer).isEqualTo("2020");
        d.key(KeyType.Escape).key(KeyType.Escape);
        assertThat(d.model.buffer).isEqualTo("2021");

        SeedValues.typeAll(d, seed);
        assertThat(d.text()).contains("总分 97 / 100", "等级 优");

        // A wrong figure typed over 基本支出 of 预算收入情况, then put right by typing over it again
        focusOn(d, "预算收入情况", "基本支出");
        assertThat(d.model.selected).as("%s / %s / %s", d.model.buffer, d.model.currentField().id(), d.text()).isTrue();
        d.type("33.24").key(KeyType.Tab);
        assertThat(d.model.state().raw("income_basic")).isEqualTo("33.24");
        d.key(KeyType.ReverseTab).type("50.44").key(KeyType.Tab);
        assertThat(d.model.state().raw("income_basic")).isEqualTo("50.44");

        // 项目支出明细: its first row typed wrong, then the first two rows pasted from Excel over it
        goToSection(d, "预算收入情况");
        while (!(d.model.current().kind() == Item.Kind.CELL && d.model.current().fieldId().equals("income_project_items"))) {
            d.key(KeyType.ArrowDown);
        }
        int rowsBefore = d.model.rows("income_project_items").size();
        d.type("a党建工作").key(KeyType.Tab).type("16.64").key(KeyType.Tab);
        d.key(KeyType.ReverseTab).key(KeyType.ReverseTab);
        assertThat(d.model.current().row()).isZero();
        d.vt.addInput(new Pasted("党建工作及机关文化建设经费\t6.64\r\n绩效评价费\t8\r\n"));
        d.pump();
        // one change in the trail for the whole paste
        assertThat(d.model.history().get(d.model.history().size() - 1).field()).isEqualTo("income_project_items");
        assertThat(d.text()).contains("已粘贴 4 格");
        assertThat(d.model.rows("income_project_items")).hasSize(rowsBefore);
        assertThat(d.model.rows("income_project_items").get(0)).containsEntry("item", "党建工作及机关文化建设经费")
                .containsEntry("amount", "6.64");

        d.key(KeyType.F3).type(String.valueOf(d.model.sectionCount())).key(KeyType.Enter);
        assertThat(d.text()).contains("汇总与定稿");
        assertThat(d.model.onSummary()).isTrue();
        while (d.model.current().kind() != Item.Kind.FINALIZE) {
            d.key(KeyType.ArrowDown);
        }
        d.key(KeyType.Enter);
        d.type(example.get("explanations").get("income_breakdown").asText()).key(KeyType.Enter);
        assertThat(d.text().replaceAll("\\s+", "")).contains("确认定稿");
        d.type("y");

        JsonNode written = SeedValues.YAML.readTree(out.resolve("dept-perf-self-eval-2021-经济运行部.yaml").toFile());
        assertThat(written.get("values")).isEqualTo(example.get("values"));
        assertThat(written.get("explanations")).isEqualTo(example.get("explanations"));
    }
}
