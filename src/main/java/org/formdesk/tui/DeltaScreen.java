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
        if (type == RefreshType.COMPLETE || needFull || type == RefreshType.AUTOMATIC && veryDifferent(back, front, cols, rows)) {
            needFull = false;
            super.refresh(RefreshType.COMPLETE);
            return;
        }
        Terminal t = getTerminal();
        boolean first = true;
        int atCol = -1;
        int atRow = -1;
        TextColor fg = null;
        TextColor bg = null;
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                TextCharacter b = back.getCharacterAt(x, y);
                TextCharacter f = front.getCharacterAt(x, y);
                boolean bWide = wide(b);
                TextCharacter put = null;
                int putX = x;
                TextCharacter then = null;
                if (!b.equals(f)) {
                    put = b;
                }
                if (bWide) {
                    x++; // skip the padding
                } else if (wide(f) && x + 1 < cols && back.getCharacterAt(x + 1, y).equals(front.getCharacterAt(x + 1, y))) {
                    then = f.withCharacter(' '); // as Lanterna: the old right half is blanked (else the next cell is written)
                }
                for (TextCharacter c : new TextCharacter[] {put, then}) {
                    if (c == null) {
                        putX++;
                        continue;
                    }
                    if (atCol != putX || atRow != y) {
                        t.setCursorPosition(putX, y);
                    }
                    if (first) {
                        first = false;
                        t.resetColorAndSGR();
                        sgr = EnumSet.copyOf(c.getModifiers().isEmpty() ? EnumSet.noneOf(SGR.class) : c.getModifiers());
                        for (SGR s : sgr) {
                            t.enableSGR(s);
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
                        for (SGR s : SGR.values()) {
                            boolean want = c.getModifiers().contains(s);
                            if (sgr.contains(s) && !want) {
                                t.disableSGR(s);
                                sgr.remove(s);
                            } else if (!sgr.contains(s) && want) {
                                t.enableSGR(s);
                                sgr.add(s);
                            }
                        }
                    }
                    t.putString(c.getCharacterString());
                    atCol = putX + (wide(c) ? 2 : 1);
                    atRow = y;
                    putX++;
                }
            }
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

    /** As Lanterna's AUTOMATIC refresh: more than three quarters of the cells changed means a full repaint. */
    private static boolean veryDifferent(ScreenBuffer back, ScreenBuffer front, int cols, int rows) {
        int threshold = rows * cols * 3 / 4;
        int differ = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (!back.getCharacterAt(x, y).equals(front.getCharacterAt(x, y)) && ++differ > threshold) {
                    return true;
                }
            }
        }
        return false;
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
