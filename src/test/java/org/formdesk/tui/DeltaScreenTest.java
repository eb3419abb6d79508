package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real terminal's DeltaScreen leaves every cell as Lanterna's TerminalScreen does, key after key; and
 * what the painter writes row by row (only rows that changed) adds up to a whole paint of the same model.
 */
class DeltaScreenTest {
    @TempDir
    Path dir;

    private static final class Side {
        final DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        final TerminalScreen screen;
        final FillApp app;
        final FillModel model;
        final boolean color;

        Side(Engine engine, Path draft, Path out, boolean delta) throws IOException {
            this(engine, draft, out, delta, true);
        }

        Side(Engine engine, Path draft, Path out, boolean delta, boolean color) throws IOException {
            screen = delta ? new DeltaScreen(vt) : new TerminalScreen(vt);
            Opening opening = Opening.open(engine, draft);
            model = new FillModel(opening.state(), Words.of("zh"), new DraftRepository(draft, out),
                    opening.explanations(), opening.meta());
            this.color = color;
            screen.startScreen();
            app = new FillApp(model, screen, text -> null, false, color);
            app.paint(Screen.RefreshType.COMPLETE);
        }

        /** The same model painted whole on a new screen: what the rows kept from paint to paint must add up to. */
        DefaultVirtualTerminal paintedAfresh() throws IOException {
            DefaultVirtualTerminal fresh = new DefaultVirtualTerminal(vt.getTerminalSize());
            TerminalScreen s = new TerminalScreen(fresh);
            s.startScreen();
            new FillApp(model, s, text -> null, false, color).paint(Screen.RefreshType.COMPLETE);
            return fresh;
        }

        void resize(int cols, int rows) throws IOException {
            vt.setTerminalSize(new TerminalSize(cols, rows));
            if (screen.doResizeIfNecessary() != null) {
                app.paint(Screen.RefreshType.COMPLETE);
            }
        }

        void key(KeyStroke k) throws IOException {
            vt.addInput(k);
            while (app.pump()) {
                // all keys handled
            }
        }
    }

    @Test
    void sameCellsAsTerminalScreen() throws IOException {
        sameCells(true);
    }

    @Test
    void sameCellsWithoutColour() throws IOException {
        sameCells(false);
    }

    private void sameCells(boolean color) throws IOException {
        Engine engine = ScreenDriver.seedEngine();
        Side lanterna = new Side(engine, dir.resolve("a" + color + ".yaml"), dir, false, color);
        Side delta = new Side(engine, dir.resolve("b" + color + ".yaml"), dir, true, color);
        assertSame(lanterna, delta, "first paint");
        List<KeyStroke> keys = new java.util.ArrayList<>();
        for (char c : "2021".toCharArray()) {
            keys.add(new KeyStroke(c, false, false));
        }
        keys.add(new KeyStroke(KeyType.Tab));
        for (char c : "山西省晋中市 abc".toCharArray()) {
            keys.add(new KeyStroke(c, false, false));
        }
        for (int i = 0; i < 5; i++) {
            keys.add(new KeyStroke(KeyType.Backspace));
        }
        keys.add(new KeyStroke(KeyType.Tab));
        keys.add(new KeyStroke(KeyType.PageDown));
        for (char c : "12a3.5".toCharArray()) {
            keys.add(new KeyStroke(c, false, false));
        }
        keys.add(new KeyStroke(KeyType.Tab));
        keys.add(new KeyStroke(KeyType.F1));
        keys.add(new KeyStroke(KeyType.Enter));
        keys.add(new KeyStroke(KeyType.PageDown));
        keys.add(new KeyStroke(KeyType.PageDown));
        keys.add(new KeyStroke(KeyType.PageUp));
        int n = 0;
        for (KeyStroke k : keys) {
            lanterna.key(k);
            delta.key(k);
            assertSame(lanterna, delta, "after key " + (++n) + " " + k);
        }
        for (int[] size : new int[][] {{61, 20}, {80, 24}, {120, 40}}) {
            lanterna.resize(size[0], size[1]);
            delta.resize(size[0], size[1]);
            assertSame(lanterna, delta, "after a resize to " + size[0] + "x" + size[1]);
            for (KeyStroke k : List.of(new KeyStroke(KeyType.PageUp), new KeyStroke('7', false, false),
                    new KeyStroke(KeyType.Tab), new KeyStroke('山', false, false))) {
                lanterna.key(k);
                delta.key(k);
                assertSame(lanterna, delta, "at " + size[0] + "x" + size[1] + " after " + k);
            }
        }
    }

    private static void assertSame(Side a, Side b, String when) throws IOException {
        assertCells(a.paintedAfresh(), a.vt, when + " (Lanterna's screen, against a whole paint)");
        assertCells(a.vt, b.vt, when);
        assertThat(b.vt.isCursorVisible()).as(when + ": cursor shown").isEqualTo(a.vt.isCursorVisible());
        if (a.vt.isCursorVisible()) {
            assertThat(b.vt.getCursorPosition()).as(when + ": cursor").isEqualTo(a.vt.getCursorPosition());
        }
    }

    private static void assertCells(DefaultVirtualTerminal expected, DefaultVirtualTerminal actual, String when) {
        TerminalSize size = expected.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                assertThat(actual.getCharacter(col, row)).as(when + " at " + col + "," + row).isEqualTo(expected.getCharacter(col, row));
            }
        }
    }
}
