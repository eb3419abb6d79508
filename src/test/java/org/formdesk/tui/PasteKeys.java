package org.formdesk.tui;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Bytes from a terminal through the product's input layer (TtyInput and the decoder SaneTerminal sets up) into key events. */
final class PasteKeys {
    private PasteKeys() {
    }

    /** The events the bytes decode to, read in chunks of the given sizes as a pty would deliver them. */
    static List<KeyStroke> decode(byte[] bytes, Charset charset, int... chunks) throws IOException {
        TtyInput tty = new TtyInput(new Chunked(bytes, chunks), charset);
        InputDecoder decoder = new InputDecoder(new InputStreamReader(tty, charset));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(tty.paste().profile());
        List<KeyStroke> keys = new ArrayList<>();
        for (int guard = 0; guard < bytes.length + 10; guard++) {
            KeyStroke k = decoder.getNextCharacter(true);
            if (k == null || k.getKeyType() == KeyType.EOF) {
                break;
            }
            keys.add(k);
        }
        return keys;
    }

    /** An input that hands out its bytes in the given chunk sizes (the rest at once). */
    private static final class Chunked extends InputStream {
        private final byte[] bytes;
        private final int[] chunks;
        private int pos;
        private int chunk;

        Chunked(byte[] bytes, int[] chunks) {
            this.bytes = bytes;
            this.chunks = chunks;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - pos);
            if (chunk < chunks.length) {
                n = Math.min(n, chunks[chunk++]);
            }
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return bytes.length - pos;
        }
    }
}
