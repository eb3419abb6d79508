package org.formdesk.form;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8: where the first byte that is not UTF-8 stands, as a person finds it in an editor. */
public final class Utf8 {
    private Utf8() {
    }

    /** A byte that is not UTF-8: its line and column (in characters), its place in the file (from 1), its value. */
    public record BadByte(int line, int column, int offset, String hex) {
    }

    /** The first byte that is not UTF-8 (an overlong or truncated sequence, a stray byte), or null. */
    public static BadByte firstBad(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return at(bytes, in.position());
            }
            out.clear();
            if (result.isUnderflow()) {
                return null;
            }
        }
    }

    /** The byte at {@code at} (from 0), placed by line and column. */
    public static BadByte at(byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column;
        try {
            column = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, at - lineStart))
                    .codePoints().map(c -> 1).sum() + 1;
        } catch (CharacterCodingException e) {
            column = at - lineStart + 1;
        }
        return new BadByte(line, column, at + 1, String.format(Locale.ROOT, "0x%02x", bytes[at] & 0xff));
    }
}
