package org.formdesk.tui;

import java.io.IOException;
import java.io.InputStream;

/**
 * The terminal's input, able to wait for a key without polling: {@link #await()} blocks in a read, so a
 * waiting session costs no CPU and a key is seen at once. The bytes it read wait here for Lanterna's
 * decoder. A resize wakes the wait too: {@link SaneTerminal} then asks the terminal where its cursor is,
 * and the answer arrives as input.
 */
final class TtyInput extends InputStream {
    private final InputStream in;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int end;
    private boolean eof;

    TtyInput(InputStream in) {
        this.in = in;
    }

    /** Blocks until input (or its end) is waiting; always true, as the loop's {@code Idle} wants. */
    boolean await() throws IOException {
        if (pos >= end && !eof) {
            fill();
        }
        return true;
    }

    private void fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
        } else {
            pos = 0;
            end = n;
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
