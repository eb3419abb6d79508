package org.formdesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Lanterna's screen with buffers of its own, for the real terminal. TerminalScreen's buffers ask every
 * cell written and compared whether it is double width (a Unicode-block lookup), allocate a new blank for
 * the right half of each Chinese character, and copy the whole back buffer cell by cell after each
 * refresh: most of what a typed key cost. Here the cells are plain arrays of the painter's shared
 * {@link TextCharacter}s ({@link Cells}), compared by identity first, and only in rows written since the
 * last refresh ({@link Frame} writes only rows that changed), copied row by row; the width of a
 * character is remembered ({@link Width#doubleWidth}). The terminal sees the same cells as with
 * TerminalScreen ({@code DeltaScreenTest}). Full repaints (start, resize, a screen changed almost
 * everywhere) clear the terminal and write every cell that is not blank, as Lanterna does.
 */
final class DeltaScreen extends TerminalScreen {
    private boolean started;
    private boolean needFull = true;
    private TextCharacter[][] back;
    private TextCharacter[][] front;
    /** Rows written since the last refresh: only those are compared. */
    private boolean[] dirty = new boolean[0];
    /** Cells that differ, found anew by each refresh: kept to spare the allocation. */
    private TextCharacter[] changed = new TextCharacter[0];
    private int[] places = new int[0];
    /** The blank that stands for the right half of a double-width character, per character. */
    private final Map<TextCharacter, TextCharacter> blanks = new IdentityHashMap<>();

    DeltaScreen(Terminal terminal) throws IOException {
        super(terminal);
        allocate(getTerminalSize());
    }

    private void allocate(TerminalSize size) {
        back = blank(size);
        front = blank(size);
        dirty = new boolean[size.getRows()];
        changed = new TextCharacter[size.getRows() * size.getColumns()];
        places = new int[changed.length];
    }

    private static TextCharacter[][] blank(TerminalSize size) {
        TextCharacter[][] cells = new TextCharacter[size.getRows()][size.getColumns()];
        for (TextCharacter[] row : cells) {
            Arrays.fill(row, DEFAULT_CHARACTER);
        }
        return cells;
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        started = true;
        needFull = true;
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        super.stopScreen(flushInput);
        started = false;
    }

    /** Blanks the back buffer only: TerminalScreen.clear() would also make the next refresh a full one. */
    @Override
    public synchronized void clear() {
        for (TextCharacter[] row : back) {
            Arrays.fill(row, DEFAULT_CHARACTER);
        }
        Arrays.fill(dirty, true);
    }

    /** As Lanterna's buffer: a double-width character covers the next cell, and a half it leaves becomes blank. */
    @Override
    public synchronized void setCharacter(int column, int row, TextCharacter c) {
        if (row < 0 || column < 0 || row >= back.length || column >= back[row].length) {
            return;
        }
        if (c.is('\t')) {
            super.setCharacter(column, row, c); // tabs are spread into spaces there, and come back here
            return;
        }
        TextCharacter[] line = back[row];
        dirty[row] = true;
        if (column > 0 && wide(line[column - 1])) {
            line[column - 1] = blankOf(line[column - 1]);
        }
        line[column] = c;
        if (wide(c) && column + 1 < line.length) {
            line[column + 1] = blankOf(c);
        }
    }

    private TextCharacter blankOf(TextCharacter c) {
        TextCharacter b = blanks.get(c);
        if (b == null) {
            if (blanks.size() > 4096) {
                blanks.clear(); // characters not from Cells (tests, Lanterna's own): keep the map small
            }
            b = c.withCharacter(' ');
            blanks.put(c, b);
        }
        return b;
    }

    @Override
    public synchronized TextCharacter getBackCharacter(int column, int row) {
        return cell(back, column, row);
    }

    private static TextCharacter cell(TextCharacter[][] cells, int column, int row) {
        return row < 0 || column < 0 || row >= cells.length || column >= cells[row].length ? null : cells[row][column];
    }

    @Override
    public synchronized TextCharacter getBackCharacter(TerminalPosition position) {
        return getBackCharacter(position.getColumn(), position.getRow());
    }

    @Override
    public synchronized TextCharacter getFrontCharacter(int column, int row) {
        return cell(front, column, row);
    }

    @Override
    public synchronized TextCharacter getFrontCharacter(TerminalPosition position) {
        return getFrontCharacter(position.getColumn(), position.getRow());
    }

    /** Not supported: the painter never scrolls (Lanterna's scroll would move its own buffers, not these). */
    @Override
    public void scrollLines(int firstLine, int lastLine, int distance) {
        throw new UnsupportedOperationException("DeltaScreen does not scroll");
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize size = super.doResizeIfNecessary();
        if (size != null) {
            allocate(size);
            needFull = true;
        }
        return size;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (!started) {
            return;
        }
        int rows = back.length;
        int cols = rows == 0 ? 0 : back[0].length;
        if (type == RefreshType.COMPLETE || needFull) {
            full(rows, cols);
            return;
        }
        int n = changes(rows, cols);
        if (type == RefreshType.AUTOMATIC && n > rows * cols * 3 / 4) {
            full(rows, cols); // as Lanterna: a screen changed almost everywhere is repainted whole
            return;
        }
        write(n, cols);
    }

    /** Clears the terminal, then writes every cell that is not blank. */
    private void full(int rows, int cols) throws IOException {
        needFull = false;
        Terminal t = getTerminal();
        t.setForegroundColor(TextColor.ANSI.DEFAULT);
        t.setBackgroundColor(TextColor.ANSI.DEFAULT);
        t.clearScreen();
        t.resetColorAndSGR();
        for (TextCharacter[] row : front) {
            Arrays.fill(row, DEFAULT_CHARACTER);
        }
        Arrays.fill(dirty, true);
        write(changes(rows, cols), cols);
    }

    /** Finds the cells that differ, in Lanterna's order: row by row, left to right. */
    private int changes(int rows, int cols) {
        int n = 0;
        for (int y = 0; y < rows; y++) {
            if (!dirty[y]) {
                continue;
            }
            TextCharacter[] b = back[y];
            TextCharacter[] f = front[y];
            for (int x = 0; x < cols; x++) {
                TextCharacter bc = b[x];
                TextCharacter fc = f[x];
                if (bc != fc && !bc.equals(fc)) {
                    changed[n] = bc;
                    places[n++] = y * cols + x;
                }
                if (wide(bc)) {
                    x++; // skip the right half
                } else if (wide(fc) && x + 1 < cols && (b[x + 1] == f[x + 1] || b[x + 1].equals(f[x + 1]))) {
                    changed[n] = blankOf(fc); // as Lanterna: the old right half is blanked (else the next cell is written)
                    places[n++] = y * cols + x + 1;
                }
            }
        }
        return n;
    }

    private void write(int n, int cols) throws IOException {
        Terminal t = getTerminal();
        int atCol = -1;
        int atRow = -1;
        TextColor fg = null;
        TextColor bg = null;
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        TextCharacter last = null;
        for (int i = 0; i < n; i++) {
            TextCharacter c = changed[i];
            changed[i] = null;
            int x = places[i] % cols;
            int y = places[i] / cols;
            if (atCol != x || atRow != y) {
                t.setCursorPosition(x, y);
            }
            if (i == 0) {
                t.resetColorAndSGR();
                sgr = c.getModifiers().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(c.getModifiers());
                for (SGR m : sgr) {
                    t.enableSGR(m);
                }
                fg = c.getForegroundColor();
                bg = c.getBackgroundColor();
                t.setForegroundColor(fg);
                t.setBackgroundColor(bg);
            } else if (c != last) {
                if (!fg.equals(c.getForegroundColor())) {
                    fg = c.getForegroundColor();
                    t.setForegroundColor(fg);
                }
                if (!bg.equals(c.getBackgroundColor())) {
                    bg = c.getBackgroundColor();
                    t.setBackgroundColor(bg);
                }
                EnumSet<SGR> want = c.getModifiers(); // a copy each time, in Lanterna: asked once per cell
                if (!want.equals(sgr)) {
                    for (SGR m : SGR.values()) {
                        if (sgr.contains(m) && !want.contains(m)) {
                            t.disableSGR(m);
                            sgr.remove(m);
                        } else if (!sgr.contains(m) && want.contains(m)) {
                            t.enableSGR(m);
                            sgr.add(m);
                        }
                    }
                }
            }
            last = c;
            t.putString(c.getCharacterString());
            atCol = x + (wide(c) ? 2 : 1);
            atRow = y;
        }
        for (int y = 0; y < back.length; y++) {
            if (dirty[y]) {
                System.arraycopy(back[y], 0, front[y], 0, cols);
                dirty[y] = false;
            }
        }
        TerminalPosition cursor = getCursorPosition();
        if (cursor != null && cursor.getRow() < front.length && cursor.getColumn() < cols) {
            t.setCursorVisible(true);
            if (cursor.getColumn() > 0 && wide(front[cursor.getRow()][cursor.getColumn() - 1])) {
                t.setCursorPosition(cursor.getColumn() - 1, cursor.getRow());
            } else {
                t.setCursorPosition(cursor.getColumn(), cursor.getRow());
            }
        } else {
            t.setCursorVisible(false);
        }
        t.flush();
    }

    private static boolean wide(TextCharacter c) {
        String s = c.getCharacterString();
        if (s.length() == 1) {
            char ch = s.charAt(0);
            if (ch >= 0x20 && ch < 0x7F) {
                return false;
            }
            if (!Character.isISOControl(ch) && !Character.isSurrogate(ch)) {
                return Width.doubleWidth(ch);
            }
        }
        return c.isDoubleWidth();
    }
}
