package org.formdesk.cli;

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
import org.formdesk.form.FormFileException;
import org.formdesk.tui.Drafts;
import org.formdesk.tui.Fill;
import org.formdesk.tui.FillModel;
import org.formdesk.tui.FillOptions;
import org.formdesk.tui.Opening;
import org.formdesk.tui.PlainFill;
import org.formdesk.tui.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fill", mixinStandardHelpOptions = true,
        description = "Fill in a form in the terminal, section by section.")
final class FillCommand implements Callable<Integer> {
    @Option(names = "--form", paramLabel = "FILE", description = "The form definition (default: the bundled seed form).")
    Path form;

    @Option(names = "--draft", paramLabel = "FILE",
            description = "The draft to open or create (default: $XDG_DATA_HOME/formdesk/drafts/<form>.yaml).")
    Path draft;

    @Option(names = "--out", paramLabel = "DIR", description = "Where Finalize writes the record (default: .).")
    Path out = Path.of(".");

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

    @Override
    public Integer call() throws IOException, InterruptedException {
        Charset cs = charset();
        Engine loaded = Prefetch.engine(form);
        String language = lang == null ? loaded.form().language() : lang;
        if (!language.equals("zh") && !language.equals("en")) {
            throw new UserError("--lang must be zh or en (got '" + language + "')");
        }
        // The engine speaks the form's language already; only another --lang needs it compiled again.
        Engine engine = language.equals(loaded.form().language()) ? loaded : withLanguage(loaded, language);
        Path draftPath = draft != null ? draft : Drafts.defaultDraft(engine.form().id());
        String term = System.getenv("TERM");
        try {
            if (plain || "dumb".equals(term) || System.console() == null) {
                return plain(engine, draftPath, cs, language);
            }
            String noColor = System.getenv("NO_COLOR");
            Fill.run(engine, new FillOptions(draftPath, out, cs, language, ascii, noColor == null || noColor.isEmpty()));
            return ExitCodes.OK;
        } catch (Opening.Unusable e) {
            throw new UserError("the draft cannot be opened: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserError(e.getCause().getMessage());
        }
    }

    private int plain(Engine engine, Path draftPath, Charset cs, String language) throws IOException {
        Opening opening = Opening.open(engine, draftPath);
        FillModel model = new FillModel(opening.state(), Words.of(language), new Drafts(draftPath, out),
                opening.explanations(), opening.meta());
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), cs));
        // The terminal's charset, not the locale's: a GBK terminal gets GBK prompts.
        PrintWriter pw = cs.equals(StandardCharsets.UTF_8) ? spec.commandLine().getOut()
                : new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        new PlainFill(model, in, pw).run();
        return ExitCodes.OK;
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
