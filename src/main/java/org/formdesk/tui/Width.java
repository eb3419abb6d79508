package org.formdesk.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Display widths as Lanterna paints them (a CJK character takes two columns), and wrapping by width:
 * Lanterna's TextBox does not wrap, and a Chinese paragraph must not scroll sideways.
 */
public final class Width {
    private Width() {
    }

    /** Lanterna's answer for each char, remembered: it looks the Unicode block up every time (a binary search). */
    private static final byte[] WIDE = new byte[0x10000]; // 0 not yet asked, 1 narrow, 2 wide

    public static int of(char c) {
        if (c < 0x20) {
            return 0;
        }
        return doubleWidth(c) ? 2 : 1;
    }

    /** TerminalTextUtils.isCharDoubleWidth, with no lookup for ASCII and an answer kept for the rest. */
    static boolean doubleWidth(char c) {
        if (c < 0x7F) {
            return false;
        }
        byte known = WIDE[c];
        if (known == 0) {
            known = TerminalTextUtils.isCharDoubleWidth(c) ? (byte) 2 : (byte) 1;
            WIDE[c] = known;
        }
        return known == 2;
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += of(s.charAt(i));
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code cols} columns. */
    public static String fit(String s, int cols) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += of(s.charAt(i));
            if (w > cols) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** {@code s} padded with spaces (or cut) to exactly {@code cols} columns. */
    public static String pad(String s, int cols) {
        String f = fit(s, cols);
        return f + " ".repeat(Math.max(0, cols - of(f)));
    }

    /** One wrapped display line: the text and where it starts in the source string. */
    public record Piece(String text, int start) {
        public int end() {
            return start + text.length();
        }
    }

    /** Wraps by display width at newlines and wherever a line is full; never returns an empty list. */
    public static List<Piece> wrap(String s, int cols) {
        int width = Math.max(2, cols);
        List<Piece> out = new ArrayList<>();
        int lineStart = 0;
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(new Piece(s.substring(lineStart, i), lineStart));
                lineStart = i + 1;
                w = 0;
                continue;
            }
            int cw = of(c);
            if (w + cw > width) {
                int breakAt = asciiWordBreak(s, lineStart, i);
                out.add(new Piece(s.substring(lineStart, breakAt), lineStart));
                lineStart = breakAt;
                w = of(s.substring(breakAt, i));
            }
            w += cw;
        }
        out.add(new Piece(s.substring(lineStart), lineStart));
        return out;
    }

    /** Breaks English text after a space when one is near; Chinese breaks anywhere. */
    private static int asciiWordBreak(String s, int lineStart, int at) {
        if (at > lineStart && s.charAt(at) != ' ' && s.charAt(at - 1) < 0x80 && Character.isLetterOrDigit(s.charAt(at - 1))) {
            for (int j = at - 1; j > lineStart && j > at - 20; j--) {
                if (s.charAt(j) == ' ') {
                    return j + 1;
                }
            }
        }
        return at;
    }
}
