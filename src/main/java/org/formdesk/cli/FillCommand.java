package org.formdesk.cli;

import org.formdesk.record.DraftRepository;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formdesk.engine.Engine;
import org.formdesk.engine.Texts;
import org.formdesk.form.FormCatalog;
import org.formdesk.form.FormFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.formdesk.form.Problem;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftLock;
import org.formdesk.record.DraftLocks;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftSummary;

import org.formdesk.record.RecordRead;
import org.formdesk.record.Who;
import org.formdesk.startup.FormAhead;
import org.formdesk.startup.Warmup;
import org.formdesk.tui.DraftChooser;
import org.formdesk.tui.DraftSession;
import org.formdesk.tui.Fill;
import org.formdesk.tui.FillOptions;
import org.formdesk.tui.Opening;
import org.formdesk.tui.PlainFill;
import org.formdesk.tui.PromptRows;
import org.formdesk.tui.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fill", mixinStandardHelpOptions = true,
        description = "Fill in a form in the terminal, section by section.")
final class FillCommand implements Callable<Integer> {
    /** The form read ahead by the process's start, if it was. */
    private final FormAhead formAhead;

    FillCommand() {
        this(FormAhead.NONE);
    }

    FillCommand(FormAhead formAhead) {
        this.formAhead = formAhead;
    }

    @Option(names = "--form", paramLabel = "FORM", description = "A bundled form's id or a form file (default: the default bundled form; fill asks).")
    String form;

    @Option(names = "--draft", paramLabel = "FILE",
            description = "The draft to open or create (default: choose among your drafts in $XDG_DATA_HOME/formdesk/drafts, or start a new one).")
    Path draft;

    @Option(names = "--resume", description = "Open your most recently saved draft of this form.")
    boolean resume;

    @Option(names = "--from", paramLabel = "RECORD", description = "Start a new draft from an existing record (an export).")
    Path from;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where Finalize writes the record (default: $XDG_DATA_HOME/formdesk/records).")
    Path out;

    @Option(names = "--charset", paramLabel = "NAME", description = "The terminal's charset: UTF-8 (default) or GBK.")
    String charset = "UTF-8";

    @Option(names = "--lang", paramLabel = "zh|en", description = "The program's own words (default: the form's language).")
    String lang;

    @Option(names = "--ascii", description = "ASCII borders and marks only.")
    boolean ascii;

    @Option(names = "--plain", description = "Line by line, one prompt per field (for TERM=dumb, screen readers, scripts).")
    boolean plain;

    @Spec
    CommandSpec spec;

    /** The writers when picocli did not build this command ({@link QuickFill}); else the command line's. */
    PrintWriter stdout;
    PrintWriter stderr;

    private PrintWriter stdout() {
        return spec == null ? stdout : spec.commandLine().getOut();
    }

    private PrintWriter stderr() {
        return spec == null ? stderr : spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Charset cs = charset();
        boolean lineMode = plain || "dumb".equals(System.getenv("TERM")) || System.console() == null;
        // With the draft named nothing is asked before the screen: the terminal is taken while the form is read.
        try (Fill.Ahead ahead = lineMode || draft == null ? null : Fill.takeAhead(cs, formAhead.terminal())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), cs));
            // The terminal's charset, not the locale's: a GBK terminal gets GBK prompts.
            PrintWriter pw = cs.equals(StandardCharsets.UTF_8) ? stdout()
                    : new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
            return call(cs, in, pw, lineMode, ahead);
        }
    }

    private int call(Charset cs, BufferedReader in, PrintWriter pw, boolean lineMode, Fill.Ahead ahead)
            throws IOException, InterruptedException {
        // Before the screen: the choosers' lines are counted, to be erased once answered (see PromptRows).
        PromptRows prompts = lineMode ? null : PromptRows.forTerminal();
        BufferedReader askIn = prompts == null ? in : prompts.reader(in);
        PrintWriter askOut = prompts == null ? pw : prompts.writer(pw);
        if (form == null && draft == null && from == null) {
            chooseFormOrDraft(askIn, askOut);
        }
        DraftLocks locks = new DraftLocks();
        // With the draft named, its lock is taken while the form is still being read (startup.FormAhead).
        try (DraftSession.Early early = draft == null ? null : DraftSession.Early.take(locks, draft, Who.local())) {
            return call(cs, in, pw, lineMode, ahead, prompts, askIn, askOut, locks, early);
        }
    }

    private int call(Charset cs, BufferedReader in, PrintWriter pw, boolean lineMode, Fill.Ahead ahead,
                     PromptRows prompts, BufferedReader askIn, PrintWriter askOut, DraftLocks locks,
                     DraftSession.Early early) throws IOException, InterruptedException {
        if (ahead != null && early != null && early.quiet() && from == null) {
            ahead.startScreen(); // while the form is read: nothing is left to say before the first screen
        }
        Engine loaded;
        try {
            loaded = formAhead.engine(form, Loaded::form);
        } catch (FormFileException e) {
            throw Loaded.unusable(e);
        }
        String language = lang == null ? loaded.form().language() : lang;
        if (!language.equals("zh") && !language.equals("en")) {
            throw new UserError("--lang must be zh or en (got '" + language + "')");
        }
        // The engine speaks the form's language already; only another --lang needs it compiled again.
        Engine engine = language.equals(loaded.form().language()) ? loaded : withLanguage(loaded, language);
        Words words = Words.of(language);
        Opening start = from == null ? null : fromRecord(engine, words);
        Path draftPath = draftPath(engine, askIn, askOut, words, start != null || fresh);
        if (prompts != null) {
            askOut.flush();
            // Straight to the terminal: the command line's writer shows control characters as text.
            prompts.erase(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs)));
        }
        Path outDir = out != null ? out : DraftStore.forUser().recordsDir();
        try (DraftSession session = early != null && early.draft().equals(draftPath)
                ? DraftSession.open(early, engine, outDir, words, start, stderr())
                : DraftSession.open(locks, engine, draftPath, outDir, words, start, stderr())) {
            if (lineMode) {
                PlainFill plainFill = new PlainFill(session.session(), in, pw);
                plainFill.run();
                if (!plainFill.allSaved()) {
                    return ExitCodes.UNREADABLE; // the last line said what was not written
                }
            } else {
                String noColor = System.getenv("NO_COLOR");
                boolean color = noColor == null || noColor.isEmpty();
                // formdesk.firstPaintOnly: the release build's training run of the start-up cache (see FillOptions).
                Fill.run(session, new FillOptions(draftPath, outDir, cs, language, ascii, color,
                                Boolean.getBoolean("formdesk.firstPaintOnly")), ahead,
                        size -> Warmup.start(engine, words, size, ascii, color));
                pw.println(session.model().farewell());
                pw.flush();
            }
            return ExitCodes.OK;
        } catch (DraftLock.HeldException e) {
            throw new UserError(e.holder().map(h -> words.t("draftHeld", draftPath, h.user(), h.host(), h.pid(),
                    org.formdesk.record.LocalTimes.show(h.since())))
                    .orElseGet(() -> words.t("draftHeldUnknown", draftPath)));
        } catch (Opening.Unusable e) {
            throw new UserError(words.t("draftUnusable", e.getMessage()));
        } catch (IOException e) {
            throw new UserError(words.t("draftNotOpened", draftPath,
                    org.formdesk.record.Failure.sentence(e, words.chinese(), draftPath)));
        } catch (UncheckedIOException e) {
            throw new UserError(e.getCause().getMessage());
        }
    }

    /**
     * No --form, --draft or --from, and more than one form to fill: a draft of any form to resume (--resume:
     * the newest; else the user's pick), or, with none taken, the user's choice of form (Enter: the default).
     * Sets {@link #form} (and {@link #draft} when a draft was taken).
     */
    private void chooseFormOrDraft(BufferedReader in, PrintWriter pw) throws IOException {
        FormCatalog catalog = FormCatalog.fromEnvironment();
        List<FormCatalog.Entry> forms = catalog.all();
        if (forms.size() < 2) {
            return;
        }
        DraftStore store = DraftStore.forUser();
        List<DraftSummary> drafts = List.of();
        if (java.nio.file.Files.isDirectory(store.dir())) {
            drafts = DraftIndex.list(store.dir(), DraftsCommand.engines()).stream()
                    .filter(d -> d.problem() == null && d.form() != null).toList();
        }
        String language = lang != null ? lang : "zh";
        if (resume) {
            if (!drafts.isEmpty()) {
                draft = drafts.get(0).file();
                form = drafts.get(0).form();
            }
            return; // none: --resume says so below, for the default form
        }
        if (System.console() == null) {
            return; // a script: the default form, as before, and its input left alone
        }
        if (!drafts.isEmpty()) {
            Optional<Path> chosen = DraftChooser.choose(drafts, in, pw, Words.of(language));
            if (chosen.isPresent()) {
                draft = chosen.get();
                form = drafts.stream().filter(d -> d.file().equals(chosen.get())).findFirst().map(DraftSummary::form)
                        .orElse(null);
                return;
            }
        }
        String id = FormChooser.choose(forms, in, pw, language);
        form = id;
        fresh = true;
    }

    /** Set when the user picked a form for a new record: no draft chooser after that. */
    private boolean fresh;

    /** --draft as given; else --resume's newest draft; else the user's choice among their drafts, or a new one. */
    private Path draftPath(Engine engine, BufferedReader in, PrintWriter pw, Words words, boolean fresh)
            throws IOException {
        if (draft != null) {
            return draft;
        }
        DraftStore store = DraftStore.forUser();
        try {
            store.ensureDir();
        } catch (IOException e) {
            throw new UserError("cannot use the drafts folder " + store.dir() + ": " + e.getMessage());
        }
        if (!fresh) {
            String formId = engine.form().id();
            List<DraftSummary> mine = DraftIndex.list(store.dir(), id -> id.equals(formId) ? engine : null).stream()
                    .filter(d -> d.problem() == null && formId.equals(d.form()))
                    .toList();
            if (resume) {
                if (!mine.isEmpty()) {
                    return mine.get(0).file();
                }
                stderr().println("formdesk: no draft of " + formId + " to resume; starting a new one");
            } else if (System.console() != null) {
                Optional<Path> chosen = DraftChooser.choose(mine, in, pw, words);
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
        }
        return store.newDraftPath(engine.form().id());
    }

    private Opening fromRecord(Engine engine, Words words) {
        RecordRead read = DraftRepository.fromExport(engine.form(), from);
        if (!read.usable()) {
            throw new UserError(read.fatal().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        List<String> notices = new ArrayList<>();
        read.issues().forEach(p -> notices.add(p.toString()));
        read.notes().forEach(p -> notices.add(p.toString()));
        return Opening.from(engine, read.record(), from.getFileName().toString(), notices);
    }

    private Charset charset() {
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserError("unknown charset '" + charset + "'; use UTF-8 or GBK");
        }
    }

    private static Engine withLanguage(Engine engine, String language) {
        try {
            return Engine.of(engine.form(), Texts.of(language));
        } catch (FormFileException e) {
            throw new UserError("the form cannot be used: " + e.getMessage());
        }
    }
}
