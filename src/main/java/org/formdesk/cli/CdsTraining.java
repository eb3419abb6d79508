package org.formdesk.cli;

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
import org.formdesk.startup.FormAhead;
import org.formdesk.startup.Rehearsal;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftSummary;
import org.formdesk.tui.DraftChooser;
import org.formdesk.tui.DraftSession;
import org.formdesk.tui.Words;

/**
 * The training run behind the start-up caches the build makes: the class-data-sharing archive of the developers'
 * build ({@code target/formdesk.jsa}, used by {@code bin/formdesk}): the command line, the bundled form, the
 * engine, a headless fill session that saves a draft, and {@code validate} of that draft; and, with
 * {@code first-paint}, the release's AOT cache for {@code fill} where the build has no terminal to train a real
 * start on ({@code dist/make-release.sh}): a fill up to its first paint only; with {@code commands FORM… -- RECORD…},
 * the release's second AOT cache, for every other command: lint of each form file, then validate, score and the
 * exports of each record. Not a command; the sessions themselves are {@link Rehearsal}'s.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** What a fill with its draft named does up to its first paint ({@code dist/make-release.sh}). */
    private static void firstPaint(Path dir, PrintWriter quiet) throws Exception {
        String[] args = {"fill", "--draft", dir.resolve("session.yaml").toString(), "--out", dir.toString()};
        FillCommand fill = QuickFill.parse(args);
        Engine engine = FormAhead.start(args, Loaded::form, null).engine(fill.form, Loaded::form);
        try (DraftSession session = DraftSession.open(new org.formdesk.record.DraftLocks(), engine, fill.draft, fill.out,
                Words.of(engine.form().language()), null, quiet)) {
            Rehearsal.firstPaint(session.model());
        }
    }

    /**
     * The commands other than fill, as an administrator or a script runs them: each on its own, so that what
     * one of them loads is what that command needs.
     */
    private static void commands(List<String> args, Path dir, PrintWriter quiet) {
        int split = args.indexOf("--");
        List<String> forms = split < 0 ? args : args.subList(0, split);
        List<String> records = split < 0 ? List.of() : args.subList(split + 1, args.size());
        for (String form : forms) {
            Main.run(new String[] {"lint", form}, quiet, quiet);
        }
        for (String record : records) {
            Main.run(new String[] {"validate", record}, quiet, quiet);
            Main.run(new String[] {"score", record}, quiet, quiet);
            for (String format : List.of("json", "csv", "md")) {
                Main.run(new String[] {"export", "--format", format, record}, quiet, quiet);
            }
        }
        Main.run(new String[] {"forms"}, quiet, quiet);
        Main.run(new String[] {"--help"}, quiet, quiet);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("formdesk-cds");
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try {
            if (args.length > 0 && args[0].equals("first-paint")) {
                firstPaint(dir, quiet);
                return;
            }
            if (args.length > 0 && args[0].equals("commands")) {
                commands(List.of(args).subList(1, args.length), dir, quiet);
                return;
            }
            Main.run(new String[] {"fill", "--help"}, quiet, quiet);
            // The start of a real fill, up to its first paint; then the rest of a session and validate.
            firstPaint(dir, quiet);
            Engine engine = FormAhead.NONE.engine(null, Loaded::form);
            // No --draft: the user's drafts folder, here empty, listed and offered; then a new draft's name.
            DraftStore store = DraftStore.forUser(Map.of("XDG_DATA_HOME", dir.toString()));
            store.ensureDir();
            Engine seed = engine;
            List<DraftSummary> mine = DraftIndex.list(store.dir(), id -> seed).stream()
                    .filter(d -> d.problem() == null).toList();
            DraftChooser.choose(mine, new BufferedReader(Reader.nullReader()), quiet, Words.of(seed.form().language()));
            store.newDraftPath(seed.form().id());
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
