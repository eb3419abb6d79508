package org.formdesk.tui;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

/**
 * Bracketed paste at the byte level, before any key decoding: the bytes between {@code ESC[200~} and
 * {@code ESC[201~} are taken out of the input whole, decoded as text in the terminal's charset, and left
 * in their place is the start marker alone, which {@link #profile()} decodes into one {@link Pasted}
 * carrying that text. So nothing inside a paste (Ctrl-Q, Ctrl-C, ESC[21~, the end marker's own bytes) is
 * ever read as a key, and a paste of any length costs time linear in its length.
 */
final class BracketedPaste {
    static final byte[] START = {0x1b, '[', '2', '0', '0', '~'};
    static final byte[] END = {0x1b, '[', '2', '0', '1', '~'};
    /** The most of one paste kept; the rest is dropped (no field takes more). */
    static final int MAX_BYTES = 1 << 20;

    private final Charset charset;
    private final ArrayDeque<String> pastes = new ArrayDeque<>();
    private final ByteArrayOutputStream paste = new ByteArrayOutputStream();
    private boolean inPaste;
    /** How many bytes of the start (outside a paste) or end marker (inside) the input has matched so far. */
    private int matched;

    BracketedPaste(Charset charset) {
        this.charset = charset;
    }

    /**
     * Filters {@code n} bytes read from the terminal into {@code out}; returns how many bytes it wrote
     * ({@code out} has room for {@code n + START.length}). {@code moreWaiting} says whether more input is
     * already there: a start marker cut at the end of a read is held only then, so a lone Escape key is
     * never held back.
     */
    int filter(byte[] in, int n, byte[] out, boolean moreWaiting) {
        int w = 0;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (inPaste) {
                if (b == END[matched]) {
                    if (++matched == END.length) {
                        finishPaste();
                        System.arraycopy(START, 0, out, w, START.length);
                        w += START.length;
                    }
                } else {
                    keep(END, matched);
                    matched = b == END[0] ? 1 : 0;
                    if (matched == 0) {
                        keep(b);
                    }
                }
            } else if (b == START[matched]) {
                if (++matched == START.length) {
                    matched = 0;
                    inPaste = true;
                }
            } else {
                System.arraycopy(START, 0, out, w, matched);
                w += matched;
                matched = b == START[0] ? 1 : 0;
                if (matched == 0) {
                    out[w++] = b;
                }
            }
        }
        if (!inPaste && matched > 0 && !moreWaiting) {
            System.arraycopy(START, 0, out, w, matched);
            w += matched;
            matched = 0;
        }
        return w;
    }

    /** At the end of input: a paste the terminal never closed still arrives, as what was pasted so far. */
    int finish(byte[] out) {
        if (!inPaste) {
            return 0;
        }
        keep(END, matched);
        finishPaste();
        System.arraycopy(START, 0, out, 0, START.length);
        return START.length;
    }

    private void keep(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            keep(bytes[i]);
        }
    }

    private void keep(byte b) {
        if (paste.size() < MAX_BYTES) {
            paste.write(b);
        }
    }

    private void finishPaste() {
        synchronized (pastes) {
            pastes.add(new String(paste.toByteArray(), charset));
        }
        paste.reset();
        inPaste = false;
        matched = 0;
    }

    /** The decoding of the marker left in a paste's place: one {@link Pasted} with the next paste's text. */
    KeyDecodingProfile profile() {
        CharacterPattern pattern = seq -> {
            int size = seq.size();
            if (size > START.length) {
                return null;
            }
            for (int i = 0; i < size; i++) {
                if (seq.get(i) != (char) START[i]) {
                    return null;
                }
            }
            if (size < START.length) {
                return CharacterPattern.Matching.NOT_YET;
            }
            String text;
            synchronized (pastes) {
                text = pastes.poll();
            }
            return new CharacterPattern.Matching(new Pasted(text == null ? "" : text));
        };
        return new KeyDecodingProfile() {
            @Override
            public Collection<CharacterPattern> getPatterns() {
                return List.of(pattern);
            }
        };
    }
}
