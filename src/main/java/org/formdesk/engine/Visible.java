package org.formdesk.engine;

/**
 * Text from data made safe to print: every control character a terminal or a viewer would act on is shown
 * as a visible escape (ESC as {@code \e}, CR as {@code \r}, BEL as {@code \a}, the rest as a backslash, u
 * and four hex digits, the way JSON writes them), so a record, a form or a file name cannot set the window
 * title (OSC 0), write the clipboard (OSC 52), clear the screen or reorder text. Newline and tab are kept: every printer of lines needs them. Backslashes are
 * left alone, so sanitising twice changes nothing.
 */
public final class Visible {
    private Visible() {
    }

    /** True when the character is shown as an escape. */
    public static boolean escaped(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text with every escaped character replaced; the same string when there is none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !escaped(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            append(sb, text.charAt(i));
        }
        return sb.toString();
    }

    /** Appends the character, as its escape when it has one. */
    public static void append(StringBuilder sb, char c) {
        if (!escaped(c)) {
            sb.append(c);
            return;
        }
        switch (c) {
            case 0x1b -> sb.append("\\e");
            case '\r' -> sb.append("\\r");
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case 0x0b -> sb.append("\\v");
            case 0 -> sb.append("\\0");
            // Four hex digits, as JSON writes them: a JSON document printed through this stays valid.
            default -> sb.append("\\u").append(String.format("%04x", (int) c));
        }
    }
}
