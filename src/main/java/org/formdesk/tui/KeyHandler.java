package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** The part of the update that reads keys and pastes. Nothing here draws or touches a file. */
final class KeyHandler {
    private final FillModel m;
    private final Finisher finisher;

    KeyHandler(FillModel model) {
        this.m = model;
        this.finisher = new Finisher(model);
    }

    void handle(KeyStroke k) {
        if (k instanceof Pasted p) {
            paste(p.text());
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
        Character ch = k.getCharacter();
        if (type == KeyType.Character && ch != null && (k.isCtrlDown() || ch < 0x20)) {
            control(ctrlLetter(k));
            return;
        }
        if (type != KeyType.Character) {
            m.say("", false); // a note stays while the user types on, so a paste cannot wipe it
        }
        switch (type) {
            case F1 -> m.help = true;
            case F10 -> control('q');
            case ArrowDown, ArrowUp -> {
                if (k.isAltDown()) {
                    RowEdits.moveRow(m, type == KeyType.ArrowDown ? 1 : -1);
                } else if (type == KeyType.ArrowDown) {
                    Editing.next(m);
                } else {
                    Editing.previous(m);
                }
            }
            case Tab -> Editing.next(m);
            case ReverseTab -> Editing.previous(m);
            case PageDown -> Editing.moveTo(m, Math.min(m.section + 1, m.summaryIndex()), m.section == m.summaryIndex() ? m.focus : 0);
            case PageUp -> Editing.moveTo(m, Math.max(m.section - 1, 0), m.section == 0 ? m.focus : 0);
            case Enter -> enter();
            case ArrowLeft -> m.caret = Math.max(0, m.caret - 1);
            case ArrowRight -> m.caret = Math.min(m.buffer.length(), m.caret + 1);
            case Home -> m.caret = 0;
            case End -> m.caret = m.buffer.length();
            case Backspace -> backspace();
            case Delete -> delete();
            case Character -> {
                if (ch != null && !k.isAltDown()) {
                    type(ch);
                }
            }
            default -> {
                // Other keys (Insert, F2…, a pasted escape sequence) mean nothing here.
            }
        }
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
        switch (letter) {
            case 's' -> {
                Editing.commit(m);
                Editing.save(m, Effect.Then.SAY);
                m.enter();
            }
            case 'q' -> {
                if (m.dirty || m.edited) {
                    m.ask = FillModel.Ask.QUIT;
                } else {
                    m.quit = true;
                }
            }
            case 'c' -> {
                m.ask = FillModel.Ask.CTRL_C;
            }
            case 'e' -> editExternally();
            case 'n' -> RowEdits.addRow(m);
            case 'd' -> {
                Item it = m.current();
                if (it != null && it.kind() == Item.Kind.CELL) {
                    m.ask = FillModel.Ask.DELETE_ROW;
                }
            }
            case 'z', '|', '\\' -> m.say(m.words.t("noSuspend"), false); // Ctrl-Z; Ctrl-\ arrives as 0x1C
            case 'j', 'm' -> enter(); // Ctrl-J / Ctrl-M: a bare line feed or carriage return
            case 'i' -> Editing.next(m);
            case 'h' -> backspace();
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
            default -> {
                FieldDef f = m.currentField();
                if (f != null && f.type() == FieldType.LONGTEXT && it.kind() == Item.Kind.FIELD) {
                    insert("\n");
                } else {
                    Editing.next(m);
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

    private void type(char c) {
        Item it = m.current();
        FieldDef f = m.currentField();
        if (it == null || !it.editable() || f == null) {
            return;
        }
        if (Character.isSurrogate(c)) {
            m.say(m.words.t("refusedEmoji", f.label()), true);
            return;
        }
        if (!Admissible.accepts(f, c)) {
            m.say(m.words.t("refused", f.label(), String.valueOf(c)), true);
            m.emit(new Effect.Bell());
            return;
        }
        if (f.maxLength() != null && m.buffer.codePointCount(0, m.buffer.length()) >= f.maxLength()) {
            m.say(m.words.t("tooLong", f.label(), f.maxLength()), true);
            return;
        }
        insert(String.valueOf(c));
    }

    /**
     * A paste: text, never keys, and one change. Control characters and escape sequences are dropped with a
     * note (a line break stays in a long text; elsewhere it and a tab become a space, as a copied cell or
     * line ends with one); what the field does not accept is dropped as typing it would be.
     */
    void paste(String text) {
        Item it = m.current();
        FieldDef f = m.currentField();
        if (m.ask != null || m.help || it == null || !it.editable() || f == null) {
            return; // a paste never answers a question
        }
        boolean multiline = f.type() == FieldType.LONGTEXT && it.kind() == Item.Kind.FIELD;
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        int len = s.length();
        while (len > 0 && s.charAt(len - 1) == '\n') {
            len--; // the line end a copied line or cell brings along
        }
        s = s.substring(0, len);
        StringBuilder kept = new StringBuilder(s.length());
        boolean controls = false;
        boolean emoji = false;
        StringBuilder refused = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x1b) {
                controls = true;
                i = Escapes.end(s, i) - 1; // the whole sequence, not just its ESC
                continue;
            }
            if ((c == '\n' || c == '\t') && !multiline) {
                c = ' ';
            }
            if (c != '\n' && (Character.isISOControl(c) || org.formdesk.engine.Visible.escaped(c))) {
                controls = true;
            } else if (Character.isSurrogate(c)) {
                emoji = true;
            } else if (!Admissible.accepts(f, c)) {
                if (refused.indexOf(String.valueOf(c)) < 0 && refused.length() < 8) {
                    refused.append(c);
                }
            } else {
                kept.append(c);
            }
        }
        String add = kept.toString();
        boolean cut = false;
        if (f.maxLength() != null) {
            int room = Math.max(0, f.maxLength() - m.buffer.codePointCount(0, m.buffer.length()));
            if (add.codePointCount(0, add.length()) > room) {
                add = add.substring(0, add.offsetByCodePoints(0, room));
                cut = true;
            }
        }
        if (!add.isEmpty()) {
            insert(add);
        }
        if (controls) {
            m.say(m.words.t("pasteControls", f.label()), true);
        } else if (cut) {
            m.say(m.words.t("tooLong", f.label(), f.maxLength()), true);
        } else if (emoji) {
            m.say(m.words.t("refusedEmoji", f.label()), true);
        } else if (refused.length() > 0) {
            m.say(m.words.t("refused", f.label(), refused.toString()), true);
        }
    }

    private void insert(String s) {
        m.buffer = m.buffer.substring(0, m.caret) + s + m.buffer.substring(m.caret);
        m.caret += s.length();
        m.edited = true;
    }

    private void backspace() {
        Item it = m.current();
        if (it == null || !it.editable() || m.caret == 0) {
            return;
        }
        m.buffer = m.buffer.substring(0, m.caret - 1) + m.buffer.substring(m.caret);
        m.caret--;
        m.edited = true;
    }

    private void delete() {
        Item it = m.current();
        if (it == null || !it.editable() || m.caret >= m.buffer.length()) {
            return;
        }
        m.buffer = m.buffer.substring(0, m.caret) + m.buffer.substring(m.caret + 1);
        m.edited = true;
    }

    private void editExternally() {
        FieldDef f = m.currentField();
        Item it = m.current();
        if (f == null || f.type() != FieldType.LONGTEXT || it.kind() != Item.Kind.FIELD) {
            m.say(m.words.t("notLong"), false);
            return;
        }
        m.emit(new Effect.OpenEditor(m.buffer));
    }
}
