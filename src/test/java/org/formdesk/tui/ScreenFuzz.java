package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.formdesk.TypesForm;
import org.formdesk.engine.Engine;
import org.formdesk.fuzz.Bounded;
import org.formdesk.fuzz.Hostile;

/**
 * Fuzz: the screen's key path. Random keys, control chords and pastes go through the virtual terminal into
 * the real session on two forms, on the product's own screen (DeltaScreen). After every batch: nothing
 * escaped (no throwable, no "internal error" note), nothing hung, no control character on the screen, and
 * the screen the incremental paint left equals what a complete repaint draws. Tries: jqwik.tries.default.
 */
class ScreenFuzz {
    private static final Engine SEED = ScreenDriver.seedEngine();

    @Provide
    Arbitrary<KeyStroke> key() {
        Arbitrary<KeyStroke> printable = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'), Arbitraries.chars().numeric(),
                Arbitraries.of('中', '，', '１', '．', '万', '元', '年', '－', '\u3000', '\uD83D'))
                .map(c -> new KeyStroke(c, false, false));
        Arbitrary<KeyStroke> control = Arbitraries.chars().range('\u0000', '\u001f').map(c -> new KeyStroke(c, false, false));
        Arbitrary<KeyStroke> special = Arbitraries.of(KeyType.Tab, KeyType.ReverseTab, KeyType.Enter, KeyType.Backspace,
                KeyType.Delete, KeyType.ArrowUp, KeyType.ArrowDown, KeyType.ArrowLeft, KeyType.ArrowRight, KeyType.Home,
                KeyType.End, KeyType.PageUp, KeyType.PageDown, KeyType.Escape, KeyType.F1, KeyType.F2, KeyType.F3,
                KeyType.F4, KeyType.F6, KeyType.F7, KeyType.F9, KeyType.F10,
                KeyType.Insert, KeyType.Unknown).map(KeyStroke::new);
        Arbitrary<KeyStroke> chord = Arbitraries.chars().range('a', 'z').flatMap(c -> Arbitraries.of(
                new KeyStroke(c, true, false), new KeyStroke(c, false, true)));
        Arbitrary<KeyStroke> paste = Hostile.text().map(Pasted::new);
        return Arbitraries.frequencyOf(Tuple.of(40, printable), Tuple.of(25, special), Tuple.of(5, control),
                Tuple.of(10, chord), Tuple.of(15, paste));
    }

    @Provide
    Arbitrary<List<List<KeyStroke>>> batches() {
        return key().list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void keysAndPastesNeverBreakTheScreen(@ForAll("batches") List<List<KeyStroke>> batches, @ForAll boolean typesForm,
                                          @ForAll boolean small) throws Exception {
        Path dir = Files.createTempDirectory("formdesk-fuzz");
        try {
            Bounded.run(() -> session(dir, typesForm ? TypesForm.engine() : SEED, small ? 80 : 100, small ? 24 : 36, batches));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void session(Path dir, Engine engine, int cols, int rows, List<List<KeyStroke>> batches) throws Exception {
        ScreenDriver d = new ScreenDriver(engine, dir.resolve("d.yaml"), dir, cols, rows, "zh", false, true);
        d.editorResult = "外部编辑器\n第二行";
        for (List<KeyStroke> batch : batches) {
            for (KeyStroke k : batch) {
                d.vt.addInput(k);
            }
            d.pump();
            TextCharacter[][] incremental = cells(d);
            String text = d.text();
            assertThat(text).doesNotContain("程序内部错误");
            for (TextCharacter[] row : incremental) {
                for (TextCharacter c : row) {
                    assertThat(c.getCharacterString().chars().noneMatch(Character::isISOControl))
                            .as("a control character on the screen:\n%s", text).isTrue();
                }
            }
            d.app.paint(Screen.RefreshType.COMPLETE);
            TextCharacter[][] full = cells(d);
            for (int r = 0; r < full.length; r++) {
                for (int c = 0; c < full[r].length; c++) {
                    assertThat(incremental[r][c]).as("cell %d,%d after %s; screen:\n%s", c, r, batch, text)
                            .isEqualTo(full[r][c]);
                }
            }
            if (d.model.quitting()) {
                return;
            }
        }
    }

    private static TextCharacter[][] cells(ScreenDriver d) {
        TerminalSize size = d.vt.getTerminalSize();
        TextCharacter[][] out = new TextCharacter[size.getRows()][size.getColumns()];
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                out[r][c] = d.vt.getCharacter(c, r);
            }
        }
        return out;
    }
}
