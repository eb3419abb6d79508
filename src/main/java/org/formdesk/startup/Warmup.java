package org.formdesk.startup;

import org.formdesk.record.DraftRepository;
import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.tui.FillModel;
import org.formdesk.tui.Offscreen;
import org.formdesk.tui.Opening;
import org.formdesk.tui.Words;

/**
 * Typing rehearsed on a scratch copy of the form right after the first paint, while the user reads the
 * screen. A method the JVM has not compiled yet runs interpreted, and the key path (decode, handle,
 * recompute, paint, delta refresh, escape sequences) takes 3 to 6 ms a key that way instead of well under
 * one: without this, the first couple of hundred keys of every session. The rehearsal costs some 100 to
 * 200 ms of one core, once; it writes no file (the scratch drafts refuse) and nothing to the terminal
 * ({@link Offscreen}). {@code -Dformdesk.warmup=false} turns it off, for measuring.
 */
public final class Warmup {
    /** Enough for a method called once a key to be compiled: the interpreter reports calls in batches of 128. */
    static final int KEYS = 160;
    static final String PAGE_DOWN = "\u001b[6~";
    static final String BACKSPACE = "\u007f";

    private Warmup() {
    }

    /** Starts the rehearsal on a low-priority daemon thread; any failure only means a colder start. */
    public static void start(Engine engine, Words words, TerminalSize size, boolean ascii, boolean color) {
        if ("false".equals(System.getProperty("formdesk.warmup"))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                // Once before too: the scratch session then takes the room the start's garbage leaves in the old
                // generation instead of adding to it, which lowers a large form's peak RSS.
                System.gc();
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
    public static FillModel rehearse(Engine engine, Words words, TerminalSize size, boolean ascii, boolean color, int keys)
            throws IOException {
        FillModel model = new FillModel(Opening.fresh(engine), words, DraftRepository.scratch());
        List<String> typed = new ArrayList<>();
        typed.add(PAGE_DOWN); // to the next section (nothing typed yet: nothing to save)
        String digits = "1234567";
        for (int i = 0; i < keys; i++) {
            int k = i % 14; // digits typed, then taken back, in the field where the section opens
            typed.add(k < 7 ? digits.substring(k, k + 1) : BACKSPACE);
        }
        Offscreen.type(model, size, ascii, color, typed);
        return model;
    }
}
