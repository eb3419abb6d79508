package org.formdesk.cli;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.formdesk.engine.Engine;
import org.formdesk.engine.Texts;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftSummary;
import org.formdesk.tui.DraftChooser;
import org.formdesk.tui.DraftSession;
import org.formdesk.tui.Rehearsal;
import org.formdesk.tui.Words;

/**
 * The training run behind the class-data-sharing archive that the build makes at package time
 * ({@code target/formdesk.jsa}, used by {@code bin/formdesk}): the command line, the bundled form, the
 * engine, a headless fill session that saves a draft, and {@code validate} of that draft. Not a command.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** Loaded by a fill on a real terminal before its first paint, but not by the headless rehearsal. */
    private static final String[] REAL_TERMINAL_CLASSES = {
        "org.formdesk.tui.FillOptions", "org.formdesk.tui.FillApp$Idle",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
        "com.googlecode.lanterna.input.InputDecoder", "com.googlecode.lanterna.terminal.ansi.ANSITerminal$1",
        "com.googlecode.lanterna.terminal.MouseCaptureMode", "com.googlecode.lanterna.input.MouseActionType",
        "java.io.Console$LineReader", "java.io.Console$3", "sun.nio.cs.StreamDecoder", "java.nio.StringCharBuffer",
        "java.lang.ProcessBuilder$RedirectPipeImpl", "java.lang.ProcessBuilder$Redirect$Type",
        "java.lang.ProcessBuilder$Redirect$1", "java.lang.ProcessBuilder$Redirect$2",
        "java.lang.ProcessBuilder$Redirect$3", "java.lang.ProcessBuilder$Redirect$4", "sun.misc.Signal",
        "sun.misc.Signal$SunMiscHandler", "sun.misc.Signal$InternalMiscHandler", "sun.nio.cs.ThreadLocalCoders",
        "sun.nio.cs.ThreadLocalCoders$Cache", "sun.nio.cs.ThreadLocalCoders$1", "sun.nio.cs.ThreadLocalCoders$2",
    };

    /** What a fill with its draft named does up to its first paint ({@code dist/make-release.sh}). */
    private static void firstPaint(Path dir, PrintWriter quiet) throws Exception {
        String[] args = {"fill", "--draft", dir.resolve("session.yaml").toString(), "--out", dir.toString()};
        FillCommand fill = QuickFill.parse(args);
        Engine engine = Prefetch.start(args).engine(fill.form);
        try (DraftSession session = DraftSession.open(engine, fill.draft, fill.out,
                Words.of(engine.form().language()), null, quiet)) {
            Rehearsal.firstPaint(session.model());
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("formdesk-cds");
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try {
            if (args.length > 0 && args[0].equals("first-paint")) {
                firstPaint(dir, quiet);
                return;
            }
            Main.run(new String[] {"fill", "--help"}, quiet, quiet);
            // The start of a real fill: its command line, the form read on the second thread, the draft's lock,
            // the terminal's key patterns and the first process spawn (taking the terminal runs stty).
            QuickFill.parse(new String[] {"fill", "--draft", "d.yaml", "--resume"});
            Engine engine = Prefetch.start(new String[] {"fill"}).engine(null);
            try (DraftSession session = DraftSession.open(engine, dir.resolve("session.yaml"), dir,
                    Words.of(engine.form().language()), null, quiet)) {
                session.model();
            }
            // No --draft: the user's drafts folder, here empty, listed and offered; then a new draft's name.
            DraftStore store = DraftStore.forUser(Map.of("XDG_DATA_HOME", dir.toString()));
            store.ensureDir();
            Engine seed = engine;
            List<DraftSummary> mine = DraftIndex.list(store.dir(), id -> seed).stream()
                    .filter(d -> d.problem() == null).toList();
            DraftChooser.choose(mine, new BufferedReader(Reader.nullReader()), quiet, Words.of(seed.form().language()));
            store.newDraftPath(seed.form().id());
            new DefaultKeyDecodingProfile().getPatterns();
            for (String name : REAL_TERMINAL_CLASSES) {
                try {
                    Class.forName(name, false, CdsTraining.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // only training: the class is then loaded from the jar at run time
                }
            }
            try {
                new ProcessBuilder("/bin/sh", "-c", ":").start().waitFor();
            } catch (IOException e) {
                // only training: the spawn's classes are then loaded from the jar at run time
            }
            engine = Engine.of(engine.form(), Texts.of(engine.form().language()));
            Path draft = dir.resolve("draft.yaml");
            Rehearsal.run(engine, draft, dir, engine.form().language());
            if (Files.exists(draft)) {
                Main.run(new String[] {"validate", draft.toString()}, quiet, quiet);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp dir left behind is harmless
            }
        }
    }
}
