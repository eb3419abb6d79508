package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.Decimals;
import org.formdesk.form.FormCatalog;
import org.formdesk.form.FormLoader;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordRead;
import org.formdesk.record.Records;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled form typed through the screens at 80×24 from its real example, as a user would, finding
 * fields by their labels; the summary shows each indicator, rows included, under its group with the total
 * and grade the record scores. No test here knows which forms are bundled.
 */
class BothFormsScreenTest {
    @TempDir
    Path dir;

    static Stream<String> bundled() {
        return FormCatalog.bundled().stream().map(FormCatalog.Entry::id);
    }

    /** The form's real example: the examples/ file for this form that is not made up of slips. */
    private static Path example(String id) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(id + "-")
                    && !p.getFileName().toString().contains("slips")).sorted().findFirst().orElseThrow();
        }
    }

    private static Engine engine(String id) throws Exception {
        return Engine.of(new FormLoader().loadBundled(id));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void theExampleTypedThroughTheScreenScoresAsItsFileDoes(String id) throws Exception {
        Engine engine = engine(id);
        Path example = example(id);
        JsonNode values = SeedValues.YAML.readTree(example.toFile()).get("values");
        ScoreCard expected = scored(engine, example);

        ScreenDriver d = new ScreenDriver(engine, dir.resolve("draft.yaml"), dir.resolve("out"), 80, 24);
        assertThat(d.text()).contains(engine.form().sections().get(0).title());
        SeedValues.typeAll(d, values);
        assertThat(d.text().lines().toList()).allSatisfy(l -> assertThat(Width.of(l)).isLessThanOrEqualTo(80));
        d.resize(80, 60); // the whole summary at once; at 80×24 it scrolls with the focus
        String summary = d.text();
        assertThat(summary).contains(Decimals.plain(expected.total()) + " / " + Decimals.plain(expected.max()))
                .contains(expected.grade());
        for (ScoreCard.Group g : expected.groups()) {
            assertThat(summary).as(g.name()).contains(g.name() + "  " + Decimals.plain(g.score()) + " / "
                    + Decimals.plain(g.max()));
        }
        for (var s : expected.indicators()) {
            if (s.isRow()) {
                assertThat(summary).as("row " + s.row()).contains(s.row() + ". ");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void aLongCellStaysReadableWhileEdited(String id) throws Exception {
        Engine engine = engine(id);
        Path example = example(id);
        Path draft = dir.resolve("d.yaml");
        Files.copy(example, draft);
        ScreenDriver d = new ScreenDriver(engine, draft, dir.resolve("out"), 80, 24);
        // the longest text cell of any table in the example: focus it, as a user tabbing to it would
        String longest = null;
        String column = null;
        String table = null;
        JsonNode values = SeedValues.YAML.readTree(example.toFile()).get("values");
        for (var f : engine.form().fields().values()) {
            if (f.columns().isEmpty() || values.get(f.id()) == null) {
                continue;
            }
            for (JsonNode row : values.get(f.id())) {
                for (var col : f.columns()) {
                    JsonNode cell = row.get(col.id());
                    if (cell != null && !col.type().isNumeric() && (longest == null || cell.asText().length() > longest.length())) {
                        longest = cell.asText();
                        column = col.label();
                        table = f.id();
                    }
                }
            }
        }
        assertThat(longest).isNotNull();
        int guard = 0;
        while (d.model.section > 0 && guard++ < 50) {
            d.key(KeyType.PageUp); // the session opens at the first empty field, which may lie past the table
        }
        while (!(d.model.current() != null && d.model.current().kind() == Item.Kind.CELL
                && table.equals(d.model.current().fieldId()) && column.equals(d.model.currentField().label())
                && longest.equals(d.model.buffer)) && guard++ < 3000) {
            d.key(d.model.current() == null ? KeyType.PageDown : KeyType.Tab);
        }
        assertThat(d.model.buffer).isEqualTo(longest);
        d.key(KeyType.End);
        String screen = d.text();
        // the whole text is on the screen, beside its column's label, and nothing runs past 80 columns
        StringBuilder right = new StringBuilder(); // the screen right of the section list, line after line
        for (String l : screen.lines().toList()) {
            int bar = Math.max(l.indexOf('│'), l.indexOf('|'));
            right.append(l.substring(bar + 1));
        }
        assertThat(right.toString().replace(" ", "")).contains(longest.replace(" ", ""));
        assertThat(screen).contains(column);
        List<String> lines = screen.lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(Width.of(l)).isLessThanOrEqualTo(80));
    }

    private static ScoreCard scored(Engine engine, Path example) {
        RecordRead read = DraftRepository.fromExport(engine.form(), example);
        FormState state = Records.state(engine, read.record());
        return state.scoreCard();
    }
}
