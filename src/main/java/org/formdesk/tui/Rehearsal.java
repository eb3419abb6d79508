package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Engine;

/**
 * A session on a terminal that writes nowhere ({@link Offscreen}), for the class-data-sharing archive made at package time: it loads the
 * classes a real {@code fill} loads (and names the few that need a real terminal), so they start mapped
 * from the archive instead of being read, verified and linked from the jar.
 */
public final class Rehearsal {
    private static final String[] REAL_TERMINAL_CLASSES = {
        "org.formdesk.tui.Fill", "org.formdesk.tui.SaneTerminal", "org.formdesk.tui.TtyInput",
        "org.formdesk.tui.NulFilter", "org.formdesk.tui.ExternalEditor",
        "com.googlecode.lanterna.terminal.ansi.UnixTerminal", "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal", "com.googlecode.lanterna.terminal.ansi.ANSITerminal",
        "com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal",
    };

    private Rehearsal() {
    }

    public static void run(Engine engine, Path draft, Path outDir, String language) throws IOException {
        for (String name : REAL_TERMINAL_CLASSES) {
            try {
                Class.forName(name, false, Rehearsal.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a warm-up: a class missing here is loaded later from the jar.
            }
        }
        FillModel model = new FillModel(Opening.open(engine, draft), Words.of(language), new DraftRepository(draft, outDir));
        // Next section, type, take back, commit (the draft is saved), back, quit.
        Offscreen.type(model, new TerminalSize(120, 40), false, true,
                List.of(Warmup.PAGE_DOWN, "1", "2", Warmup.BACKSPACE, "\t", "\u001b[5~", "\u0011"));
    }
}
