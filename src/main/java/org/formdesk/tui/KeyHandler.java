package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;

/**
 * The part of the update that reads keys: each becomes typing ({@link Typing}), a move ({@link Editing}), a
 * {@link Command} (however it was reached: F-key, Esc or Alt and a letter, Ctrl chord) or an answer to a
 * question. Nothing here draws or touches a file.
 */
final class KeyHandler {
    private final FillModel m;
    private final Finisher finisher;

    KeyHandler(FillModel model) {
        this.m = model;
        this.finisher = new Finisher(model);
    }

    void handle(KeyStroke k) {
        if (k instanceof Pasted p) {
            Pastes.paste(m, p.text());
            return;
        }
        KeyType type = k.getKeyType();
        if (type == KeyType.CursorLocation || type == KeyType.Unknown || type == KeyType.MouseEvent) {
            return; // stray answers to Lanterna's size query, and whatever a paste decodes to
        }
        if (type == KeyType.EOF) {
            Editing.commit(m);
            Editing.save(m, Effect.Then.NOTHING);
            m.quit = true;
            return;
        }
        if (m.help) {
            m.help = false;
            return;
        }
        if (m.ask != null) {
            answer(k);
            return;
        }
        if (m.jump != null) {
            SectionJump.key(m, k);
            return;
        }
        Character ch = k.getCharacter();
        boolean letter = type == KeyType.Character && ch != null && !k.isCtrlDown() && ch >= 0x20;
        if (m.escPrefix) {
            m.escPrefix = false;
            m.say("", false);
            if (type == KeyType.Escape) {
                return; // Esc Esc: the prefix is cancelled
            }
            if (letter && escCommand(ch)) {
                return;
            }
            // Any other key does what it always does.
        }
        if (letter && k.isAltDown()) {
            // Alt and a letter, or Esc and a letter read together: terminals send both as ESC and the letter.
            Typing.revert(m);
            if (!escCommand(ch)) {
                Typing.type(m, ch);
            }
            return;
        }
        if (type == KeyType.Character && ch != null && (k.isCtrlDown() || ch < 0x20)) {
            control(ctrlLetter(k));
            return;
        }
        if (type != KeyType.Character) {
            m.say("", false); // a note stays while the user types on, so a paste cannot wipe it
        }
        Command command = Command.ofKey(type);
        if (command != null) {
            run(command);
            return;
        }
        switch (type) {
            case Escape -> escape();
            case ArrowDown, ArrowUp -> {
                if (k.isAltDown()) {
                    RowEdits.moveRow(m, type == KeyType.ArrowDown ? 1 : -1);
                } else if (type == KeyType.ArrowDown) {
                    if (!Typing.lineDown(m)) {
                        Editing.forward(m, false);
                    }
                } else if (!Typing.lineUp(m)) {
                    Editing.up(m);
                }
            }
            case Tab -> Editing.forward(m, true);
            case ReverseTab -> Editing.previous(m);
            case PageDown -> Editing.moveTo(m, Math.min(m.section + 1, m.summaryIndex()), m.section == m.summaryIndex() ? m.focus : 0);
            case PageUp -> Editing.moveTo(m, Math.max(m.section - 1, 0), m.section == 0 ? m.focus : 0);
            case Enter -> enter();
            case ArrowLeft -> Typing.left(m);
            case ArrowRight -> Typing.right(m);
            case Home -> Typing.home(m);
            case End -> Typing.editInPlace(m);
            case Backspace -> Typing.backspace(m);
            case Delete -> Typing.delete(m);
            case Character -> {
                if (ch != null) {
                    Typing.type(m, ch);
                }
            }
            default -> {
                // Other keys (F5, F8, F11, F12: browsers keep them; a pasted escape sequence) mean nothing here.
            }
        }
    }

    /** Esc: the value on entry comes back, and a letter next may be a command (browsers keep the Ctrl keys). */
    private void escape() {
        Typing.revert(m);
        m.escPrefix = true;
        m.say((m.reverted != null ? m.words.t("escReverted") + " " : "") + m.words.t("escPrefix"), false);
    }

    /**
     * A letter or digit after Esc (or with Alt): a command, and then what the Esc took back comes back (Esc S
     * saves what was typed: the Esc only prefixed the command). False when the letter is no command.
     */
    private boolean escCommand(char c) {
        Command command = Command.ofLetter(c);
        if (command == null && (c < '1' || c > '9')) {
            return false;
        }
        Typing.unrevert(m);
        if (command == null) {
            SectionJump.start(m, String.valueOf(c));
        } else {
            run(command);
        }
        return true;
    }

    /** A command, however it was reached. */
    private void run(Command command) {
        switch (command) {
            case HELP -> m.help = true;
            case SAVE -> save();
            case QUIT -> {
                if (m.dirty || m.edited) {
                    m.ask = FillModel.Ask.QUIT;
                } else {
                    m.quit = true;
                }
            }
            case ADD_ROW -> RowEdits.addRow(m, false);
            case INSERT_ROW -> RowEdits.addRow(m, true);
            case DELETE_ROW -> RowEdits.askDelete(m);
            case EDITOR -> editExternally();
            case CLEAR -> Typing.clear(m);
            case GO_TO_SECTION -> SectionJump.start(m, "");
            case EDIT_IN_PLACE -> Typing.editInPlace(m);
        }
    }

    /** Saves, and leaves the typing as it was: the caret where it stood, nothing selected. */
    private void save() {
        int caret = m.caret;
        Editing.commit(m);
        Editing.save(m, Effect.Then.SAY);
        m.enter();
        m.caret = Math.min(caret, m.buffer.length());
        m.selected = false;
    }

    /** The letter of a Ctrl chord, whether Lanterna reports it as Ctrl+letter or as the raw control code. */
    private static char ctrlLetter(KeyStroke k) {
        char c = k.getCharacter();
        if (c < 0x20) {
            return (char) (c + 0x60);
        }
        return Character.toLowerCase(c);
    }

    private void control(char letter) {
        m.say("", false);
        Command command = Command.ofCtrl(letter);
        if (command != null) {
            run(command);
            return;
        }
        switch (letter) {
            case 'c' -> m.ask = FillModel.Ask.CTRL_C;
            case 'z', '|', '\\' -> m.say(m.words.t("noSuspend"), false); // Ctrl-Z; Ctrl-\\ arrives as 0x1C
            case 'j', 'm' -> enter(); // Ctrl-J / Ctrl-M: a bare line feed or carriage return
            case 'i' -> Editing.forward(m, true);
            case 'h' -> Typing.backspace(m);
            default -> {
                // Other Ctrl chords are not used; ignoring them keeps the letter out of the field.
            }
        }
    }

    private void answer(KeyStroke k) {
        FillModel.Ask ask = m.ask;
        if (ask == FillModel.Ask.EXPLAIN) {
            finisher.explainKey(k);
            return;
        }
        boolean yes = k.getKeyType() == KeyType.Character && k.getCharacter() != null
                && "yY".indexOf(k.getCharacter()) >= 0 && !k.isCtrlDown();
        boolean no = k.getKeyType() == KeyType.Character && k.getCharacter() != null
                && "nN".indexOf(k.getCharacter()) >= 0 && !k.isCtrlDown();
        m.ask = null;
        switch (ask) {
            case QUIT, CTRL_C -> {
                if (yes) {
                    Editing.save(m, Effect.Then.QUIT);
                } else if (no) {
                    m.quit = true;
                    m.dropped = true;
                }
            }
            case DELETE_ROW -> {
                if (yes) {
                    RowEdits.deleteRow(m);
                }
            }
            case CONFIRM_FINAL -> finisher.confirm(yes);
            default -> {
            }
        }
    }

    private void enter() {
        Item it = m.current();
        if (it == null) {
            return;
        }
        switch (it.kind()) {
            case PROBLEM -> {
                List<Violation> problems = m.problems();
                if (it.index() < problems.size()) {
                    Editing.jumpToField(m, target(problems.get(it.index())));
                }
            }
            case FINALIZE -> finisher.start();
            case TABLE -> RowEdits.addRowIfEmpty(m);
            case CELL -> {
                if (lastCellOfLastRow(it)) {
                    RowEdits.addRow(m, false); // Enter on the last cell: a new row, as in a spreadsheet list
                } else {
                    Editing.forward(m, true);
                }
            }
            default -> {
                if (Typing.inLongText(m)) {
                    Typing.dropSelection(m);
                    Typing.insert(m, "\n");
                } else {
                    Editing.forward(m, true);
                }
            }
        }
    }

    /** The field to jump to for a problem: the first one the user can type into. */
    private String target(Violation v) {
        for (String id : v.fields()) {
            String base = id.contains(".") && !m.form.fields().containsKey(id) ? id.substring(0, id.indexOf('.')) : id;
            FieldDef f = m.form.fields().get(base);
            if (f != null && !f.isComputed()) {
                return base;
            }
        }
        return v.fields().isEmpty() ? v.id() : v.fields().get(0);
    }

    private boolean lastCellOfLastRow(Item it) {
        List<FieldDef> cols = m.form.fields().get(it.fieldId()).columns();
        List<Map<String, String>> rows = m.rows(it.fieldId());
        boolean last = it.row() == rows.size() - 1 && cols.get(cols.size() - 1).id().equals(it.column());
        // An empty last row is where the list ends: Enter there moves on.
        return last && (!m.buffer.isBlank() || rows.get(it.row()).values().stream().anyMatch(v -> !v.isBlank()));
    }

    private void editExternally() {
        FieldDef f = m.currentField();
        Item it = m.current();
        if (f == null || !f.kind().multiline() || it.kind() != Item.Kind.FIELD) {
            m.say(m.words.t("notLong"), false);
            return;
        }
        m.emit(new Effect.OpenEditor(m.buffer));
    }
}
