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

    /**
     * The first paint of a session at 80x24, nowhere, for the start-up cache of the release, which holds only
     * what a fill needs up to its first paint. The classes of the real terminal are named (loaded, not run: the
     * training must leave the terminal of whoever runs the build alone), and one process is started, as
     * taking the terminal starts one.
     */
    public static void firstPaint(FillModel model) throws IOException, InterruptedException {
        List<Class<?>> loaded = List.of(Fill.class, Fill.Ahead.class, Fill.Taken.class, SaneTerminal.class,
                TtyInput.class, BracketedPaste.class, NulFilter.class, sun.misc.Signal.class, sun.misc.SignalHandler.class,
                com.googlecode.lanterna.terminal.ansi.UnixTerminal.class,
                com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal.class,
                com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour.class);
        assert !loaded.isEmpty();
        new BracketedPaste(java.nio.charset.StandardCharsets.UTF_8).profile();
        new com.googlecode.lanterna.input.DefaultKeyDecodingProfile().getPatterns();
        try {
            new ProcessBuilder("/bin/sh", "-c", ":").start().waitFor();
        } catch (IOException e) {
            // only training: the spawn's classes then load at run time
        }
        Offscreen.type(model, new TerminalSize(80, 24), false, true, List.of());
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
