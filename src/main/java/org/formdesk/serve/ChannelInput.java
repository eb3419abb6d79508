package org.formdesk.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A channel's input for one fill session. MINA hands the bytes over as they arrive; the session's thread
 * waits in {@link #await} without polling, woken by input, the end of input, or a window change, and
 * reads the bytes through the {@link InputStream} side (Lanterna's decoder).
 */
final class ChannelInput extends InputStream implements ChannelDataReceiver {
    /** More than this unread (a flood, not typing) closes the channel. */
    static final int LIMIT = 1 << 20;

    enum Woken { INPUT, END, WAKE, TIMEOUT }

    private byte[] buf = new byte[256];
    private int start;
    private int end;
    private boolean eof;
    private boolean woken;

    @Override
    public int data(ChannelSession channel, byte[] b, int off, int len) throws IOException {
        return offer(b, off, len);
    }

    synchronized int offer(byte[] b, int off, int len) throws IOException {
        if (eof) {
            return len;
        }
        if (end - start + len > LIMIT) {
            throw new IOException("more input than a person types");
        }
        if (end + len > buf.length) {
            int size = end - start;
            byte[] next = size + len > buf.length ? new byte[Math.max(buf.length * 2, size + len)] : buf;
            System.arraycopy(buf, start, next, 0, size);
            buf = next;
            start = 0;
            end = size;
        }
        // A tty's ICRNL, which a pty in cooked or raw mode (what the local fill sees) applies: Enter is \r on the wire.
        for (int i = 0; i < len; i++) {
            byte c = b[off + i];
            buf[end++] = c == '\r' ? (byte) '\n' : c;
        }
        notifyAll();
        return len;
    }

    /** The client closed its side, or the channel is gone. */
    @Override
    public synchronized void close() {
        eof = true;
        notifyAll();
    }

    synchronized boolean ended() {
        return eof;
    }

    /** Wakes a waiting {@link #await} (a window change). */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    /** Blocks until input is waiting, the input ended, {@link #wake} was called, or {@code timeoutNanos} passed. */
    synchronized Woken await(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (start == end && !eof && !woken) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Woken.TIMEOUT;
            }
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        boolean wasWoken = woken;
        woken = false;
        return start < end ? Woken.INPUT : eof ? Woken.END : wasWoken ? Woken.WAKE : Woken.INPUT;
    }

    @Override
    public synchronized int available() {
        return start < end ? end - start : eof ? 1 : 0; // at the end, let the decoder read the -1
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (start == end) {
            if (eof) {
                return -1;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buf, start, b, off, n);
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return n;
    }
}
