package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;

/** Drives the real screens headless: keys go into a virtual terminal, the loop step runs synchronously. */
final class ScreenDriver {
    final DefaultVirtualTerminal vt;
    final TerminalScreen screen;
    final FillApp app;
    final FillModel model;
    String editorResult;
    /** The editor the screen runs on Ctrl-E: by default it gives back {@link #editorResult}. */
    Shell editor = text -> editorResult;
    /** Runs before each key goes in (a test interleaving two sessions waits for its turn here). */
    Runnable beforeKey = () -> { };

    ScreenDriver(Path draft, Path out, int cols, int rows) throws IOException {
        this(draft, out, cols, rows, "zh");
    }

    ScreenDriver(Path draft, Path out, int cols, int rows, String lang) throws IOException {
        this(draft, out, cols, rows, lang, false);
    }

    ScreenDriver(Path draft, Path out, int cols, int rows, String lang, boolean ascii) throws IOException {
        this(seedEngine(), draft, out, cols, rows, lang, ascii);
    }

    ScreenDriver(Engine engine, Path draft, Path out, int cols, int rows) throws IOException {
        this(engine, draft, out, cols, rows, engine.form().language(), false);
    }

    ScreenDriver(Engine engine, Path draft, Path out, int cols, int rows, String lang, boolean ascii) throws IOException {
        this(engine, draft, out, cols, rows, lang, ascii, false);
    }

    /** With {@code delta}, the product's own screen ({@link DeltaScreen}) instead of Lanterna's. */
    ScreenDriver(Engine engine, Path draft, Path out, int cols, int rows, String lang, boolean ascii, boolean delta)
            throws IOException {
        Opening opening = Opening.open(engine, draft);
        model = new FillModel(opening.state(), Words.of(lang), new DraftRepository(draft, out), opening.explanations(), opening.meta());
        vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        screen = delta ? new DeltaScreen(vt) : new TerminalScreen(vt);
        screen.startScreen();
        app = new FillApp(model, screen, text -> editor.edit(text), ascii, true);
        app.paint(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
    }

    /** Over an opened draft, as {@code formdesk fill} opens one: its trail, notices and status kept. */
    ScreenDriver(Opening opening, Path draft, Path out, int cols, int rows) throws IOException {
        Engine engine = opening.state().engine();
        model = new FillModel(opening, Words.of(engine.form().language()), new DraftRepository(draft, out));
        vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        screen = new TerminalScreen(vt);
        screen.startScreen();
        app = new FillApp(model, screen, text -> editor.edit(text), false, true);
        app.paint(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
    }

    static Engine seedEngine() {
        try {
            return Engine.of(new FormLoader().loadBundled(FormLoader.DEFAULT_FORM));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ScreenDriver type(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            beforeKey.run();
            vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        }
        return pump();
    }

    ScreenDriver key(KeyType type) throws IOException {
        beforeKey.run();
        vt.addInput(new KeyStroke(type));
        return pump();
    }

    ScreenDriver ctrl(char letter) throws IOException {
        beforeKey.run();
        vt.addInput(new KeyStroke(letter, true, false));
        return pump();
    }

    ScreenDriver pump() throws IOException {
        while (app.pump()) {
            // every waiting key handled and painted
        }
        return this;
    }

    ScreenDriver resize(int cols, int rows) throws IOException {
        vt.setTerminalSize(new TerminalSize(cols, rows));
        app.paint(com.googlecode.lanterna.screen.Screen.RefreshType.AUTOMATIC);
        app.pump();
        if (screen.doResizeIfNecessary() != null) {
            app.paint(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
        }
        return this;
    }

    /** The screen as text, one line per row, a double-width character once, trailing spaces cut. */
    String text() {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter tc = vt.getCharacter(col, row);
                line.append(tc.getCharacterString());
                if (tc.isDoubleWidth()) {
                    col++;
                }
            }
            sb.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return sb.toString();
    }

    /** PageDown until the section with this title is on screen (by title, not by a count of keys). */
    ScreenDriver toSection(String title) throws IOException {
        for (int i = 0; i <= model.summaryIndex() && model.section > 0 && !title.equals(sectionTitle()); i++) {
            key(KeyType.PageUp); // from wherever the session opened: a section before it is found too
        }
        for (int i = 0; i <= model.summaryIndex() && !title.equals(sectionTitle()); i++) {
            key(KeyType.PageDown);
        }
        if (!title.equals(sectionTitle())) {
            throw new AssertionError("no section titled " + title);
        }
        return this;
    }

    /** Goes to the section with this title by the number the screen shows beside it (F3, the number, Enter). */
    ScreenDriver goTo(String title) throws IOException {
        int n = -1;
        for (int i = 0; i < model.sectionCount(); i++) {
            String t = i == model.summaryIndex() ? model.words.t("summary") : model.form.sections().get(i).title();
            if (t.equals(title)) {
                n = i + 1;
            }
        }
        if (n < 0) {
            throw new AssertionError("no section titled " + title);
        }
        key(KeyType.F3).type(String.valueOf(n)).key(KeyType.Enter);
        if (!title.equals(sectionTitle())) {
            throw new AssertionError("F3 " + n + " did not reach " + title + ":\n" + text());
        }
        return this;
    }

    private String sectionTitle() {
        return model.onSummary() ? model.words.t("summary") : model.form.sections().get(model.section).title();
    }

    /** Tab through the section until the field with this label has the focus. */
    ScreenDriver toField(String label) throws IOException {
        for (int i = 0; i < 500 && (model.currentField() == null || !label.equals(model.currentField().label())); i++) {
            key(KeyType.Tab);
        }
        if (model.currentField() == null || !label.equals(model.currentField().label())) {
            throw new AssertionError("no field labelled " + label);
        }
        return this;
    }

    /**
     * The screen's colours and styles, a letter per cell (a double-width character once), under a legend
     * that says what each letter is: a change of colour or emphasis shows as a change of letters.
     */
    String styles() {
        TerminalSize size = vt.getTerminalSize();
        java.util.Map<String, Character> legend = new java.util.LinkedHashMap<>();
        StringBuilder grid = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter tc = vt.getCharacter(col, row);
                String look = tc.getForegroundColor() + " on " + tc.getBackgroundColor()
                        + (tc.getModifiers().isEmpty() ? "" : " " + new java.util.TreeSet<>(tc.getModifiers()));
                Character letter = legend.get(look);
                if (letter == null) {
                    letter = (char) ('a' + legend.size());
                    legend.put(look, letter);
                }
                line.append(letter);
                if (tc.isDoubleWidth()) {
                    col++;
                }
            }
            grid.append(line).append('\n');
        }
        StringBuilder out = new StringBuilder();
        legend.forEach((look, letter) -> out.append(letter).append(" = ").append(look).append('\n'));
        return out.append('\n').append(grid).toString();
    }
}
