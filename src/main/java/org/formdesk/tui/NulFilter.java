package org.formdesk.tui;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops NUL bytes. Lanterna 3.1 encodes with {@code encode().array()}, ignoring the buffer's limit, so
 * a NUL follows many characters (every ASCII one in GBK); it never writes NUL on purpose.
 */
final class NulFilter extends FilterOutputStream {
    NulFilter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if ((b & 0xFF) != 0) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == 0) {
                if (i > start) {
                    out.write(b, start, i - start);
                }
                start = i + 1;
            }
        }
        if (end > start) {
            out.write(b, start, end - start);
        }
    }
}
