package org.formdesk.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Display widths as Lanterna paints them (a CJK character takes two columns), and wrapping by width:
 * Lanterna's TextBox does not wrap, and a Chinese paragraph must not scroll sideways.
 */
public final class Width {
    private Width() {
    }

    /**
     * The chars Lanterna paints two columns wide ({@code TerminalTextUtils.isCharDoubleWidth}: the CJK, kana and
     * Hangul blocks, and the full-width forms), as first-last pairs in order. Lanterna finds the Unicode block
     * by a binary search on every call; these few comparisons give the same answer ({@code WidthTest} asks
     * both for every char) and, unlike a cache of the answers, are never written.
     */
    private static final char[] WIDE = {
        '\u1100', '\u11FF', // Hangul Jamo
        '\u2E80', '\u2EFF', // CJK Radicals Supplement
        '\u3000', '\u30FF', // CJK Symbols and Punctuation, Hiragana, Katakana
        '\u3130', '\u318F', // Hangul Compatibility Jamo
        '\u31F0', '\u32FF', // Katakana Phonetic Extensions, Enclosed CJK Letters and Months
        '\u3400', '\u4DBF', // CJK Unified Ideographs Extension A
        '\u4E00', '\u9FFF', // CJK Unified Ideographs
        '\uAC00', '\uD7AF', // Hangul Syllables
        '\uF900', '\uFAFF', // CJK Compatibility Ideographs
        '\uFE30', '\uFE4F', // CJK Compatibility Forms
        '\uFF00', '\uFF60', // Halfwidth and Fullwidth Forms, the full-width part
    };

    public static int of(char c) {
        if (c < 0x20) {
            return 0;
        }
        return doubleWidth(c) ? 2 : 1;
    }

    /** TerminalTextUtils.isCharDoubleWidth, without its lookup. */
    static boolean doubleWidth(char c) {
        if (c < WIDE[0]) {
            return false;
        }
        for (int i = 0; i < WIDE.length; i += 2) {
            if (c <= WIDE[i + 1]) {
                return c >= WIDE[i];
            }
        }
        return false;
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
