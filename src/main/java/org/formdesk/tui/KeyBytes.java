package org.formdesk.tui;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Keys for a session without a terminal (the warm-up, the benchmarks): bytes handed out as the decoder
 * asks, never at an end (an end of input is the user quitting).
 */
final class KeyBytes extends InputStream {
    private final ArrayDeque<Byte> bytes = new ArrayDeque<>();

    void add(String key) {
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            bytes.add(b);
        }
    }

    @Override
    public int available() {
        return bytes.size();
    }

    @Override
    public int read() {
        Byte b = bytes.poll();
        return b == null ? 0 : b & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len && !bytes.isEmpty()) {
            b[off + n++] = bytes.poll();
        }
        return n;
    }
}
