package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the painter puts on each row, kept from one paint to the next: a row whose text and styles are
 * those of the last paint is not written again, so a typed character writes one row's cells instead of
 * the whole screen's (the view is still built whole from the model, and the screen still diffs cells).
 */
final class Frame {
    /** A class, not a record: a record's equals goes through invokedynamic, slow until the JIT has compiled it. */
    private static final class Piece {
        final int x;
        final String text;
        final Style style;

        Piece(int x, String text, Style style) {
            this.x = x;
            this.text = text;
            this.style = style;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Piece p && p.x == x && p.style == style && p.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (x * 31 + style.ordinal()) * 31 + text.hashCode();
        }
    }

    private final Cells cells;
    private List<Piece>[] rows;
    private List<Piece>[] last;
    private Screen lastScreen;
    private TerminalSize lastSize;

    Frame(Cells cells) {
        this.cells = cells;
    }

    @SuppressWarnings("unchecked")
    void begin(Screen screen) {
        TerminalSize size = screen.getTerminalSize();
        if (screen != lastScreen || !size.equals(lastSize)) {
            last = null; // another screen, or a resized one: nothing on it can be trusted
            lastScreen = screen;
            lastSize = size;
        }
        rows = new List[size.getRows()];
    }

    void put(int x, int y, String text, Style style) {
        if (y < 0 || y >= rows.length) {
            return;
        }
        if (rows[y] == null) {
            rows[y] = new ArrayList<>(4);
        }
        rows[y].add(new Piece(x, text, style));
    }

    /** Writes the rows that changed: each blanked, then its pieces in the order they were put. */
    void end(Screen screen) {
        int w = lastSize.getColumns();
        for (int y = 0; y < rows.length; y++) {
            if (last != null && Objects.equals(rows[y], last[y])) {
                continue;
            }
            for (int x = 0; x < w; x++) {
                screen.setCharacter(x, y, TextCharacter.DEFAULT_CHARACTER);
            }
            if (rows[y] != null) {
                for (Piece p : rows[y]) {
                    write(screen, p.x, y, p.text, p.style);
                }
            }
        }
        last = rows;
    }

    /** As TextGraphics.putString, but with shared cells ({@link Cells}): no garbage per character. */
    private void write(Screen screen, int x, int y, String text, Style style) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        int col = x;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            screen.setCharacter(col, y, cells.of(c, style));
            col += Width.doubleWidth(c) ? 2 : 1;
        }
    }
}
