package org.formdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.formdesk.engine.Visible;

/**
 * Everything the command line prints passes through this: data in messages (a record's status, its unknown
 * keys, a form id, a file name) reaches the terminal with its control characters shown as escapes, never raw.
 * The program itself prints no control character but newline, tab and the CR of a CSV's CRLF line ends, so
 * a CR is kept only just before a newline.
 */
final class VisibleWriter extends FilterWriter {
    /** A CR written last, kept back until the next character says whether it ends a line. */
    private boolean pendingCr;

    private VisibleWriter(Writer out) {
        super(out);
    }

    /** A print writer that sanitises into the given one (not wrapped twice). */
    static PrintWriter around(PrintWriter target) {
        return new PrintWriter(new VisibleWriter(target), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        StringBuilder sb = new StringBuilder(len + 8);
        for (int i = off; i < off + len; i++) {
            char c = str.charAt(i);
            if (pendingCr) {
                pendingCr = false;
                sb.append(c == '\n' ? "\r" : "\\r");
            }
            if (c == '\r') {
                pendingCr = true;
            } else {
                Visible.append(sb, c);
            }
        }
        out.write(sb.toString());
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\r");
        }
        super.close();
    }
}
