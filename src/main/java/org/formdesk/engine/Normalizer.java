package org.formdesk.engine;

import java.text.Normalizer.Form;

/**
 * Turns what people type into what the parsers read. Numbers, dates and phone numbers are folded
 * to ASCII (full-width digits and punctuation, the Chinese minus signs, grouping spaces); text keeps
 * its own characters and only loses surrounding white space. Every function here is idempotent.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /** For numbers, dates and phones: NFKC, the minus signs, no white space at all. */
    public static String figure(String raw) {
        if (raw == null) {
            return "";
        }
        // Dropping white space can put a combining mark next to a letter ("a \u0308", or NFKC's own
        // "\u00A8" -> " \u0308"), which the next NFKC composes: repeat until nothing changes.
        String s = figureOnce(raw);
        for (int pass = 0; pass < 8; pass++) {
            String again = figureOnce(s);
            if (again.equals(s)) {
                break;
            }
            s = again;
        }
        return s;
    }

    private static String figureOnce(String raw) {
        String s = java.text.Normalizer.normalize(raw, Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2212' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\uFE63') {
                sb.append('-');
            } else if (c == '\u3002') {
                sb.append('.'); // 。 typed for a decimal point by Chinese input methods
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** For text: surrounding white space (including the ideographic space) removed, line ends as \n. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The first character no field may hold: controls (tab and, where allowed, newline aside) and lone surrogates. */
    public static Problem unsafe(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Problem.SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return Problem.SURROGATE;
            }
            if ((c == '\n' || c == '\r') && multiLine) { // text() folds \r\n and \r to \n
                continue;
            }
            if (c == '\t') {
                continue;
            }
            if (control(c)) {
                return Problem.CONTROL;
            }
        }
        return null;
    }

    /**
     * A character no field may hold, typed or pasted (tab and line ends aside, which some inputs take): controls,
     * the line and paragraph separators, and the bidirectional overrides that would reorder what is shown.
     */
    public static boolean control(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** What makes a string unsafe to store or show. */
    public enum Problem { CONTROL, SURROGATE }
}
