package org.formdesk.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The terminal's input, able to wait for a key without polling: {@link #await()} blocks in a read, so a
 * waiting session costs no CPU and a key is seen at once. The bytes it read wait here for Lanterna's
 * decoder. A resize wakes the wait too: {@link SaneTerminal} then asks the terminal where its cursor is,
 * and the answer arrives as input. Pastes are taken out here, before any key decoding ({@link BracketedPaste}).
 *
 * <p>A hang-up's shutdown hook reads here too, for the keys already read and not yet handled, while the
 * screen's thread may be blocked in a read of the terminal: after {@link #stopWaiting()} nothing blocks, and
 * only one thread at a time ever reads the terminal.
 */
final class TtyInput extends InputStream {
    private final InputStream in;
    private final BracketedPaste paste;
    private final byte[] raw = new byte[4096];
    private final byte[] buf = new byte[raw.length + BracketedPaste.START.length];
    /** Held by the one thread reading the terminal (and using {@link #paste}); a hang-up only tries it. */
    private final ReentrantLock reading = new ReentrantLock();
    // pos, end and eof are guarded by this.
    private int pos;
    private int end;
    private boolean eof;
    private volatile boolean ending;

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

    /**
     * The session is ending (a hang-up): from now on no read blocks; what is already here, and what the
     * terminal holds when no other thread is reading it, can still be read.
     */
    void stopWaiting() {
        ending = true;
    }

    /** Blocks until input (or its end) is waiting; always true, as the loop's {@code Idle} wants. */
    boolean await() throws IOException {
        if (!waiting()) {
            fill();
        }
        return true;
    }

    private synchronized boolean waiting() {
        return pos < end || eof;
    }

    /** Reads until there is something for the decoder (a paste in progress gives nothing yet) or the end. */
    private void fill() throws IOException {
        if (ending) {
            if (!reading.tryLock()) {
                return;
            }
        } else {
            reading.lock();
        }
        try {
            while (!waiting()) {
                if (ending && inTerminal() <= 0) {
                    return;
                }
                int n = in.read(raw, 0, raw.length);
                boolean more = n > 0 && inTerminal() > 0;
                synchronized (this) {
                    pos = 0;
                    if (n < 0) {
                        eof = true;
                        end = paste.finish(buf);
                    } else {
                        end = paste.filter(raw, n, buf, more);
                    }
                }
            }
        } finally {
            reading.unlock();
        }
    }

    /** What the terminal holds, not yet read (none when it cannot say: a hung-up terminal). */
    private int inTerminal() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public int available() throws IOException {
        synchronized (this) {
            if (pos < end) {
                return end - pos;
            }
            if (eof) {
                return 1; // at end of input, let the decoder read the -1
            }
        }
        if (!ending) {
            return in.available();
        }
        if (!reading.tryLock()) {
            return 0; // the screen's thread is in a read: whatever comes now comes after the hang-up
        }
        try {
            return inTerminal();
        } finally {
            reading.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            synchronized (this) {
                if (pos < end) {
                    int n = Math.min(len, end - pos);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                    return n;
                }
                if (eof) {
                    return -1;
                }
            }
            fill();
            if (ending && !waiting()) {
                return -1; // nothing more without waiting: for a hang-up, the input ends here
            }
        }
    }
}
