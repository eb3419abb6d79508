package org.formdesk.tui;

import org.formdesk.engine.Visible;

/** A piece of input quoted back in a message: one line, not too long, its control characters shown as escapes. */
final class InputShown {
    private InputShown() {
    }

    static String of(String text) {
        String oneLine = Visible.of(text.strip()).replace('\n', ' ').replace('\t', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= 30) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, 30)) + "…";
    }
}
