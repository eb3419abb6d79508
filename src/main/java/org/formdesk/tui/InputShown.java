package org.formdesk.tui;

import org.formdesk.engine.Visible;

/**
 * A piece of input quoted back in a message: one line, not too long, and nothing a terminal would act on
 * (escape sequences and control characters in it are dropped, as the note line must only show text).
 */
final class InputShown {
    private InputShown() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 64));
        for (int i = 0; i < text.length() && sb.length() < 64; i++) {
            char c = text.charAt(i);
            if (c == 0x1b) {
                i = Escapes.end(text, i) - 1;
            } else if (c == '\n' || c == '\t' || c == '\r') {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && !Visible.escaped(c) && !Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        String oneLine = sb.toString().strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= 30) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, 30)) + "…";
    }
}
