package org.formdesk.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The terminal's input, able to wait for a key without polling: {@link #await()} blocks in a read, so a
 * waiting session costs no CPU and a key is seen at once. The bytes it read wait here for Lanterna's
 * decoder. A resize wakes the wait too: {@link SaneTerminal} then asks the terminal where its cursor is,
 * and the answer arrives as input. Pastes are taken out here, before any key decoding ({@link BracketedPaste}).
 */
final class TtyInput extends InputStream {
    private final InputStream in;
    private final BracketedPaste paste;
    private final byte[] raw = new byte[4096];
    private final byte[] buf = new byte[raw.length + BracketedPaste.START.length];
    private int pos;
    private int end;
    private boolean eof;

    TtyInput(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    /** The terminal's input in the given charset (the one pasted text is decoded in). */
    TtyInput(InputStream in, Charset charset) {
        this.in = in;
        this.paste = new BracketedPaste(charset);
    }

    /** How pastes are decoded into {@link Pasted} events; the terminal's input decoder takes it. */
    BracketedPaste paste() {
        return paste;
    }

    /** Blocks until input (or its end) is waiting; always true, as the loop's {@code Idle} wants. */
    boolean await() throws IOException {
        if (pos >= end && !eof) {
            fill();
        }
        return true;
    }

    /** Reads until there is something for the decoder (a paste in progress gives nothing yet) or the end. */
    private void fill() throws IOException {
        pos = 0;
        end = 0;
        while (end == 0 && !eof) {
            int n = in.read(raw, 0, raw.length);
            if (n < 0) {
                eof = true;
                end = paste.finish(buf);
            } else {
                end = paste.filter(raw, n, buf, n > 0 && in.available() > 0);
            }
        }
    }

    @Override
    public int available() throws IOException {
        if (pos < end) {
            return end - pos;
        }
        return eof ? 1 : in.available(); // at end of input, let the decoder read the -1
    }

    @Override
    public int read() throws IOException {
        while (pos >= end) {
            if (eof) {
                return -1;
            }
            fill();
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= end) {
            if (eof) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }
}
