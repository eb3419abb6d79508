package org.formdesk.record;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.formdesk.engine.Visible;

/**
 * JSON escapes for what Jackson leaves raw but a terminal acts on: besides the ASCII controls JSON itself
 * escapes, DEL, the C1 controls (U+009B is a CSI) and the bidirectional overrides are written as
 * {@code \}{@code u} escapes. The value read back is the same.
 */
final class VisibleJsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    VisibleJsonEscapes() {
        ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch < Character.MAX_VALUE && Visible.escaped((char) ch)
                ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
