package org.formdesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link TextCharacter} per character and style, made on first use and shared after. Lanterna makes a
 * new one per cell written: a BreakIterator check and a copy of the modifiers, about 1 KB of garbage a
 * cell, 300 KB a key. Shared cells also let {@link DeltaScreen} compare by identity.
 */
final class Cells {
    private final boolean color;
    private final TextCharacter[][] ascii = new TextCharacter[Style.values().length][];
    private final Map<Character, TextCharacter>[] other;

    @SuppressWarnings("unchecked")
    Cells(boolean color) {
        this.color = color;
        this.other = new Map[Style.values().length];
    }

    TextCharacter of(char c, Style style) {
        int s = style.ordinal();
        if (c < 0x80) {
            TextCharacter[] row = ascii[s];
            if (row == null) {
                row = ascii[s] = new TextCharacter[0x80];
            }
            TextCharacter tc = row[c];
            if (tc == null) {
                tc = row[c] = make(c, style);
            }
            return tc;
        }
        Map<Character, TextCharacter> map = other[s];
        if (map == null) {
            map = other[s] = new HashMap<>();
        }
        TextCharacter tc = map.get(c);
        if (tc == null) {
            if (map.size() > 8192) {
                map.clear(); // a long session of varied text: start the cache again rather than grow without end
            }
            tc = make(c, style);
            map.put(c, tc);
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
