package org.formdesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Lanterna's screen with a cheaper delta refresh. TerminalScreen's own asks every cell of both buffers
 * whether it is double width, which looks the character's Unicode block up (and again for "emoji"):
 * some 19,000 lookups per key at 120x40, most of the time a typed key took. Here the same cells are
 * compared and the same escape sequences written, in the same order, with the width of a character
 * remembered ({@link Width#doubleWidth}). Full repaints (first paint, resize, a screen that changed
 * almost everywhere) are Lanterna's.
 */
final class DeltaScreen extends TerminalScreen {
    private boolean started;
    private boolean needFull = true;

    DeltaScreen(Terminal terminal) throws IOException {
        super(terminal);
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

    /**
     * Blanks the back buffer only. TerminalScreen.clear() also makes the next refresh a full redraw, and
     * the painter clears before every paint: every key would resend the whole screen.
     */
    @Override
    public synchronized void clear() {
        getBackBuffer().setAll(DEFAULT_CHARACTER);
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize size = super.doResizeIfNecessary();
        if (size != null) {
            needFull = true;
        }
        return size;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (!started) {
            return;
        }
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        int cols = size.getColumns();
        int rows = size.getRows();
        if (type == RefreshType.COMPLETE || needFull) {
            needFull = false;
            super.refresh(RefreshType.COMPLETE);
            return;
        }
        // One pass over the cells: what to write where (in Lanterna's order: row by row, left to right).
        java.util.List<TextCharacter> chars = new java.util.ArrayList<>();
        java.util.List<Integer> places = new java.util.ArrayList<>();
        int differ = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                TextCharacter b = back.getCharacterAt(x, y);
                TextCharacter f = front.getCharacterAt(x, y);
                if (!b.equals(f)) {
                    differ++;
                    chars.add(b);
                    places.add(y * cols + x);
                }
                if (wide(b)) {
                    x++; // skip the padding
                } else if (wide(f) && x + 1 < cols && back.getCharacterAt(x + 1, y).equals(front.getCharacterAt(x + 1, y))) {
                    chars.add(f.withCharacter(' ')); // as Lanterna: the old right half is blanked (else the next cell is written)
                    places.add(y * cols + x + 1);
                }
            }
        }
        if (type == RefreshType.AUTOMATIC && differ > rows * cols * 3 / 4) {
            super.refresh(RefreshType.COMPLETE); // as Lanterna: a screen changed almost everywhere is repainted whole
            return;
        }
        Terminal t = getTerminal();
        int atCol = -1;
        int atRow = -1;
        TextColor fg = null;
        TextColor bg = null;
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        for (int i = 0; i < chars.size(); i++) {
            TextCharacter c = chars.get(i);
            int x = places.get(i) % cols;
            int y = places.get(i) / cols;
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
            } else {
                if (!fg.equals(c.getForegroundColor())) {
                    fg = c.getForegroundColor();
                    t.setForegroundColor(fg);
                }
                if (!bg.equals(c.getBackgroundColor())) {
                    bg = c.getBackgroundColor();
                    t.setBackgroundColor(bg);
                }
                for (SGR m : SGR.values()) {
                    boolean want = c.getModifiers().contains(m);
                    if (sgr.contains(m) && !want) {
                        t.disableSGR(m);
                        sgr.remove(m);
                    } else if (!sgr.contains(m) && want) {
                        t.enableSGR(m);
                        sgr.add(m);
                    }
                }
            }
            t.putString(c.getCharacterString());
            atCol = x + (wide(c) ? 2 : 1);
            atRow = y;
        }
        back.copyTo(front);
        TerminalPosition cursor = getCursorPosition();
        if (cursor != null) {
            t.setCursorVisible(true);
            if (cursor.getColumn() > 0 && wide(front.getCharacterAt(cursor.getColumn() - 1, cursor.getRow()))) {
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
