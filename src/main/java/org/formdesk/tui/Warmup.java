package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.record.RecordMeta;

/**
 * Typing rehearsed on a scratch copy of the form right after the first paint, while the user reads the
 * screen. A method the JVM has not compiled yet runs interpreted, and the key path (decode, handle,
 * recompute, paint, delta refresh, escape sequences) takes 3 to 6 ms a key that way instead of well under
 * one: without this, the first couple of hundred keys of every session. The rehearsal costs some 100 to
 * 200 ms of one core, once; it writes no file (the scratch drafts refuse) and nothing to the terminal (a terminal that
 * writes nowhere). {@code -Dformdesk.warmup=false} turns it off, for measuring.
 */
final class Warmup {
    /** Enough for a method called once a key to be compiled: the interpreter reports calls in batches of 128. */
    static final int KEYS = 160;

    private Warmup() {
    }

    /** Starts the rehearsal on a low-priority daemon thread; any failure only means a colder start. */
    static void start(Engine engine, Words words, TerminalSize size, boolean ascii, boolean color) {
        if ("false".equals(System.getProperty("formdesk.warmup"))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                rehearse(engine, words, size, ascii, color, KEYS);
                // The start-up's garbage collected now, while the user reads, rather than in the middle of
                // their typing: the first young collection copies everything the start left alive (~6 ms).
                System.gc();
            } catch (Throwable e) {
                // Only a warm-up: the real session is unaffected.
            }
        }, "formdesk-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The rehearsal itself; returns the scratch model (for tests). */
    static FillModel rehearse(Engine engine, Words words, TerminalSize size, boolean ascii, boolean color, int keys)
            throws IOException {
        FormState state = engine.newState();
        state.applyDefaults();
        FillModel model = new FillModel(state, words, Drafts.scratch(), Map.of(), RecordMeta.NONE);
        KeyBytes in = new KeyBytes();
        DeltaScreen screen = new DeltaScreen(new Nowhere(in, size));
        screen.startScreen();
        FillApp app = new FillApp(model, screen, text -> null, ascii, color);
        app.paint(Screen.RefreshType.COMPLETE);
        in.add("\u001b[6~"); // PageDown, to the next section (nothing typed yet: nothing to save)
        app.pump();
        String digits = "1234567";
        for (int i = 0; i < keys; i++) {
            int k = i % 14; // digits typed, then taken back, in the field where the section opens
            in.add(k < 7 ? digits.substring(k, k + 1) : "\u007f");
            app.pump();
        }
        return model;
    }

    /** An ANSI terminal of a fixed size that writes nowhere. */
    private static final class Nowhere extends ANSITerminal {
        private final TerminalSize size;

        Nowhere(InputStream in, TerminalSize size) {
            super(in, OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return size;
        }
    }
}
