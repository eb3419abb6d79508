package org.formdesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;

/**
 * One {@link TextCharacter} per character and style, made on first use and shared after. Lanterna makes a
 * new one per cell written: a BreakIterator check and a copy of the modifiers, about 1 KB of garbage a
 * cell, 300 KB a key. Shared cells also let {@link DeltaScreen} compare by identity.
 */
final class Cells {
    private final boolean color;
    /** Per style, pages of 256 characters, made when a character of the page is first asked for. */
    private final TextCharacter[][][] pages = new TextCharacter[Style.values().length][256][];

    Cells(boolean color) {
        this.color = color;
    }

    TextCharacter of(char c, Style style) {
        TextCharacter[][] byPage = pages[style.ordinal()];
        TextCharacter[] page = byPage[c >>> 8];
        if (page == null) {
            page = byPage[c >>> 8] = new TextCharacter[256];
        }
        TextCharacter tc = page[c & 0xFF];
        if (tc == null) {
            tc = page[c & 0xFF] = make(c, style);
        }
        return tc;
    }

    /** How each style looks: colour, or only bold and reverse under NO_COLOR. */
    private TextCharacter make(char c, Style style) {
        TextColor fg = TextColor.ANSI.DEFAULT;
        SGR sgr = null;
        switch (style) {
            case TITLE -> {
                sgr = SGR.BOLD;
                if (color) {
                    fg = TextColor.ANSI.BLUE;
                }
            }
            case LABEL, FOCUS -> sgr = SGR.BOLD;
            case INPUT, SELECTED, BAR -> sgr = SGR.REVERSE;
            case ERROR -> {
                if (color) {
                    fg = TextColor.ANSI.RED;
                } else {
                    sgr = SGR.BOLD;
                }
            }
            case WARNING -> {
                if (color) {
                    fg = TextColor.ANSI.YELLOW;
                } else {
                    sgr = SGR.BOLD;
                }
            }
            case OK -> {
                if (color) {
                    fg = TextColor.ANSI.GREEN;
                }
            }
            case DIM -> {
                if (color) {
                    fg = TextColor.ANSI.CYAN;
                }
            }
            default -> {
            }
        }
        return sgr == null ? new TextCharacter(c, fg, TextColor.ANSI.DEFAULT)
                : new TextCharacter(c, fg, TextColor.ANSI.DEFAULT, sgr);
    }
}
