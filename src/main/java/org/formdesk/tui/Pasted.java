package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A paste, as one input event carrying its text: what the terminal sent between the bracketed-paste markers
 * ({@code ESC[200~} … {@code ESC[201~}). Its bytes are never decoded as keys, so a pasted Ctrl-Q, Ctrl-C or
 * escape sequence is text to be filtered, not a command. A reader that does not know pastes sees an
 * Unknown key and ignores it.
 */
final class Pasted extends KeyStroke {
    private final String text;

    Pasted(String text) {
        super(KeyType.Unknown);
        this.text = text;
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return "Pasted{" + text.length() + " chars}";
    }
}
