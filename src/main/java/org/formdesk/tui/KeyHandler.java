package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** The update step: one key changes the model. Nothing here draws, and nothing here may throw at the user. */
final class KeyHandler {
    private final FillModel m;
    private final Shell shell;
    private final Finisher finisher;

    KeyHandler(FillModel model, Shell shell) {
        this.m = model;
        this.shell = shell;
        this.finisher = new Finisher(model);
    }

    void handle(KeyStroke k) {
        if (k instanceof Pasted p) {
            if (m.ask == null && !m.help) { // a paste never answers a question
                paste(p.text());
            }
            return;
        }
        KeyType type = k.getKeyType();
        if (type == KeyType.CursorLocation || type == KeyType.Unknown || type == KeyType.MouseEvent) {
            return; // stray answers to Lanterna's size query, and whatever a paste decodes to
        }
        if (type == KeyType.EOF) {
            m.commit();
            m.save(false);
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
        if (m.jump != null) {
            jumpKey(k);
            return;
        }
        if (m.escPrefix) {
            m.escPrefix = false;
            m.say("", false);
            if (type == KeyType.Escape) {
                return; // Esc Esc: the prefix is cancelled
            }
            if (type == KeyType.Character && ch != null && !k.isCtrlDown() && isCommand(ch)) {
                m.unrevert(); // Esc S saves what was typed: the Esc only prefixed the command
                command(ch);
                return;
            }
            // Any other key does what it always does.
        }
        if (type == KeyType.Character && ch != null && k.isAltDown() && !k.isCtrlDown()) {
            // Alt-letter, or Esc and a letter typed together (terminals send both as ESC + letter).
            if (!isCommand(ch)) {
                m.revert();
                type(ch);
            } else {
                command(ch);
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
        switch (type) {
            case F1 -> m.help = true;
            case F2 -> editInPlace();
            case F3 -> startJump("");
            case F4 -> addRow(false);
            case F6 -> askDeleteRow();
            case F7 -> editExternally();
            case F9 -> control('s');
            case F10 -> control('q');
            case Escape -> escape();
            case Insert -> addRow(true);
            case Tab -> forward(true);
            case ArrowDown -> {
                if (!lineDown()) {
                    forward(false);
                }
            }
            case ReverseTab -> m.previous();
            case ArrowUp -> {
                if (!lineUp()) {
                    if (m.focus == 0 && !m.onSummary()) {
                        m.say(m.words.t("sectionStart"), false); // ↑ never leaves the section: PgUp does
                    } else {
                        m.previous();
                    }
                }
            }
            case PageDown -> m.moveTo(Math.min(m.section + 1, m.summaryIndex()), m.section == m.summaryIndex() ? m.focus : 0);
            case PageUp -> m.moveTo(Math.max(m.section - 1, 0), m.section == 0 ? m.focus : 0);
            case Enter -> enter();
            case ArrowLeft -> {
                m.caret = m.selected ? 0 : Math.max(0, m.caret - 1);
                m.selected = false;
            }
            case ArrowRight -> {
                m.caret = m.selected ? m.buffer.length() : Math.min(m.buffer.length(), m.caret + 1);
                m.selected = false;
            }
            case End -> editInPlace();
            case Home -> {
                m.caret = 0;
                m.selected = false;
            }
            case Backspace -> backspace();
            case Delete -> delete();
            case Character -> {
                if (ch != null) {
                    type(ch);
                }
            }
            default -> {
                // Other keys (F5, F8, F11, F12: browsers keep them; a pasted escape sequence) mean nothing here.
            }
        }
    }

    /**
     * Forward from the focus. ↓ stays in the section (PgDn leaves it); Tab and Enter leave it from its last
     * item, but not past a failing check of the section unseen: the first time they stop and say it.
     */
    private void forward(boolean mayLeave) {
        boolean last = m.focus + 1 >= m.items().size();
        if (!last || m.onSummary()) {
            m.next();
            return;
        }
        if (!mayLeave) {
            m.say(m.words.t("sectionEnd"), false);
            return;
        }
        if (!m.pausedAtEnd) {
            m.commit();
            String failing = m.failingCheckOfSection();
            if (failing != null) {
                m.pausedAtEnd = true;
                m.say(m.words.t("checkBeforeLeaving", failing), true);
                return;
            }
        }
        m.next();
    }

    /** ↓ inside a long text: the next line; false on its last line (then ↓ moves on). */
    private boolean lineDown() {
        if (!inLongText()) {
            return false;
        }
        int end = m.buffer.indexOf('\n', m.caret);
        if (end < 0) {
            return false;
        }
        int col = m.caret - (m.buffer.lastIndexOf('\n', m.caret - 1) + 1);
        int nextEnd = m.buffer.indexOf('\n', end + 1);
        int nextLen = (nextEnd < 0 ? m.buffer.length() : nextEnd) - (end + 1);
        m.caret = end + 1 + Math.min(col, nextLen);
        m.selected = false;
        return true;
    }

    /** ↑ inside a long text: the line above; false on its first line. */
    private boolean lineUp() {
        if (!inLongText()) {
            return false;
        }
        int start = m.buffer.lastIndexOf('\n', m.caret - 1);
        if (start < 0) {
            return false;
        }
        int col = m.caret - (start + 1);
        int prevStart = m.buffer.lastIndexOf('\n', start - 1) + 1;
        m.caret = prevStart + Math.min(col, start - prevStart);
        m.selected = false;
        return true;
    }

    private boolean inLongText() {
        Item it = m.current();
        FieldDef f = m.currentField();
        return it != null && it.kind() == Item.Kind.FIELD && f != null && f.type() == FieldType.LONGTEXT;
    }

    /** End / F2 (and → on a selected value): the selection goes and the caret stands after the text, as F2 does in a spreadsheet cell. */
    private void editInPlace() {
        m.selected = false;
        m.caret = m.buffer.length();
    }

    /** Esc: the value on entry comes back, and the next key may be a command (browsers keep the Ctrl keys). */
    private void escape() {
        m.revert();
        m.escPrefix = true;
        m.say((m.hasReverted() ? m.words.t("escReverted") + " " : "") + m.words.t("escPrefix"), false);
    }

    /**
     * The commands reachable without Ctrl, after Esc or with Alt: the same for every terminal, web
     * terminals included. False when the key is no command.
     */
    private static boolean isCommand(char c) {
        return "sqnideh?gu123456789".indexOf(Character.toLowerCase(c)) >= 0;
    }

    private boolean command(char c) {
        char letter = Character.toLowerCase(c);
        if (letter >= '1' && letter <= '9') {
            startJump(String.valueOf(letter));
            return true;
        }
        switch (letter) {
            case 's' -> control('s');
            case 'q' -> control('q');
            case 'n' -> addRow(false);
            case 'i' -> addRow(true);
            case 'd' -> askDeleteRow();
            case 'e' -> editExternally();
            case 'h', '?' -> m.help = true;
            case 'g' -> startJump("");
            case 'u' -> clear();
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- jumping to a section by its number

    private void startJump(String digits) {
        m.jump = digits;
        sayJump();
    }

    private void sayJump() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < m.sectionCount(); i++) {
            String title = i == m.summaryIndex() ? m.words.t("summary") : m.form.sections().get(i).title();
            list.append(i == 0 ? "" : "  ").append(i + 1).append(' ').append(title);
        }
        m.say(m.words.t("jumpAsk", m.jump, list), false);
    }

    private void jumpKey(KeyStroke k) {
        KeyType type = k.getKeyType();
        Character ch = k.getCharacter();
        if (type == KeyType.Character && ch != null && ch >= '0' && ch <= '9' && m.jump.length() < 3) {
            m.jump += ch;
            sayJump();
        } else if (type == KeyType.Backspace && !m.jump.isEmpty()) {
            m.jump = m.jump.substring(0, m.jump.length() - 1);
            sayJump();
        } else if (type == KeyType.Enter || type == KeyType.Character && ch != null && ch == '\r') {
            String digits = m.jump;
            m.jump = null;
            m.say("", false);
            int n = digits.isEmpty() ? -1 : Integer.parseInt(digits);
            if (n >= 1 && n <= m.sectionCount()) {
                m.moveTo(n - 1, 0);
            } else {
                m.say(m.words.t("jumpBad", m.sectionCount()), true);
            }
        } else {
            m.jump = null; // Esc or any other key: no jump
            m.say("", false);
        }
    }

    /** Ctrl-U (Esc U): the field is emptied, as in a shell's line editor. */
    private void clear() {
        Item it = m.current();
        if (it == null || !it.editable()) {
            return;
        }
        m.buffer = "";
        m.caret = 0;
        m.selected = false;
        m.edited = true;
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
                int caret = m.caret;
                m.commit();
                m.save(true);
                m.enter();
                m.caret = Math.min(caret, m.buffer.length()); // saving changes nothing about the typing
                m.selected = false;
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
            case 'n' -> addRow(false);
            case 'd' -> askDeleteRow();
            case 'u' -> clear();
            case 'z', '|', '\\' -> m.say(m.words.t("noSuspend"), false); // Ctrl-Z; Ctrl-\ arrives as 0x1C
            case 'j', 'm' -> enter(); // Ctrl-J / Ctrl-M: a bare line feed or carriage return
            case 'i' -> m.next();
            case 'h' -> backspace();
            default -> {
                // Other Ctrl chords are not used; ignoring them keeps the letter out of the field.
            }
        }
    }

    private void askDeleteRow() {
        Item it = m.current();
        if (it != null && it.kind() == Item.Kind.CELL) {
            m.ask = FillModel.Ask.DELETE_ROW;
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
                    m.quit = m.save(false);
                } else if (no) {
                    m.quit = true;
                }
            }
            case DELETE_ROW -> {
                if (yes) {
                    deleteRow();
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
                    m.jumpToField(target(problems.get(it.index())));
                }
            }
            case FINALIZE -> finisher.start();
            case TABLE -> addRowIfEmpty();
            case CELL -> {
                if (lastCellOfLastRow(it)) {
                    addRow(false); // Enter on the last cell: a new row, as in a spreadsheet list
                } else {
                    forward(true);
                }
            }
            default -> {
                FieldDef f = m.currentField();
                if (f != null && f.type() == FieldType.LONGTEXT && it.kind() == Item.Kind.FIELD) {
                    insert("\n");
                } else {
                    forward(true);
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
            m.say(m.words.t("refused", f.label(), String.valueOf(c), Admissible.example(f)), true);
            return;
        }
        if (f.maxLength() != null && m.buffer.codePointCount(0, m.buffer.length()) >= f.maxLength()) {
            m.say(m.words.t("tooLong", f.label(), f.maxLength()), true);
            return;
        }
        if (m.selected) {
            m.buffer = ""; // typing over a selected value replaces it, as in a spreadsheet cell
            m.caret = 0;
            m.selected = false;
        }
        insert(String.valueOf(c));
    }

    /**
     * A paste: text, never keys, and one change. Control characters and escape sequences are dropped with a
     * note (a line break stays in a long text; elsewhere it and a tab become a space, as a copied cell or
     * line ends with one); what the field does not accept is dropped as typing it would be.
     */
    private void paste(String text) {
        Item it = m.current();
        FieldDef f = m.currentField();
        if (it == null || !it.editable() || f == null) {
            return;
        }
        if (it.kind() == Item.Kind.CELL && TablePaste.isBlock(text)) {
            pasteBlock(it, text); // cells copied from a spreadsheet fill the table from here, as in Excel
            return;
        }
        boolean multiline = f.type() == FieldType.LONGTEXT && it.kind() == Item.Kind.FIELD;
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        int len = s.length();
        while (len > 0 && s.charAt(len - 1) == '\n') {
            len--; // the line end a copied line or cell brings along
        }
        s = s.substring(0, len);
        int droppedLines = 0;
        String droppedText = "";
        if (!multiline && s.indexOf('\n') >= 0) {
            // A one-line field takes the first line; the rest is said, not silently run together.
            droppedText = s.substring(s.indexOf('\n') + 1);
            droppedLines = (int) droppedText.lines().count();
            s = s.substring(0, s.indexOf('\n'));
        }
        if (m.selected) {
            m.buffer = ""; // a paste over a selected value replaces it, as typing does
            m.caret = 0;
            m.selected = false;
        }
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
        if (droppedLines > 0) {
            m.say(m.words.t("pasteFirstLine", f.label(), droppedLines, InputShown.of(droppedText)), true);
        } else if (controls) {
            m.say(m.words.t("pasteControls", f.label()), true);
        } else if (cut) {
            m.say(m.words.t("tooLong", f.label(), f.maxLength()), true);
        } else if (emoji) {
            m.say(m.words.t("refusedEmoji", f.label()), true);
        } else if (refused.length() > 0) {
            m.say(m.words.t("refused", f.label(), refused.toString(), Admissible.example(f)), true);
        }
    }

    /** Tab-separated lines pasted on a cell: cells and rows filled from the cursor, rows added, one change. */
    private void pasteBlock(Item it, String text) {
        m.commit();
        String table = it.fieldId();
        List<FieldDef> columns = m.form.fields().get(table).columns();
        int column = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id().equals(it.column())) {
                column = c;
            }
        }
        TablePaste.Result r = TablePaste.apply(m.rows(table), columns, it.row(), column, clean(text));
        m.commitPastedRows(table, r.rows(), r.filled());
        m.snapshotChecks();
        m.enter();
        String said = m.words.t("pastedCells", r.filled(), r.added());
        m.say(r.leftOut() > 0 ? said + m.words.t("pastedLeftOut", r.leftOut()) : said, r.leftOut() > 0);
    }

    /** A pasted block without escape sequences and control characters (tabs and line ends kept). */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x1b) {
                i = Escapes.end(text, i) - 1;
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || !(Character.isISOControl(c) || org.formdesk.engine.Visible.escaped(c) || Character.isSurrogate(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void insert(String s) {
        m.buffer = m.buffer.substring(0, m.caret) + s + m.buffer.substring(m.caret);
        m.caret += s.length();
        m.edited = true;
    }

    private void backspace() {
        if (m.selected) {
            clear();
            return;
        }
        Item it = m.current();
        if (it == null || !it.editable() || m.caret == 0) {
            return;
        }
        m.buffer = m.buffer.substring(0, m.caret - 1) + m.buffer.substring(m.caret);
        m.caret--;
        m.edited = true;
    }

    private void delete() {
        if (m.selected) {
            clear();
            return;
        }
        Item it = m.current();
        if (it == null || !it.editable() || m.caret >= m.buffer.length()) {
            return;
        }
        m.buffer = m.buffer.substring(0, m.caret) + m.buffer.substring(m.caret + 1);
        m.edited = true;
    }

    private boolean lastCellOfLastRow(Item it) {
        FieldDef table = m.form.fields().get(it.fieldId());
        List<FieldDef> cols = table.columns();
        List<Map<String, String>> rows = m.rows(it.fieldId());
        boolean last = it.row() == rows.size() - 1 && cols.get(cols.size() - 1).id().equals(it.column());
        // An empty last row is where the list ends: Enter there moves on.
        return last && (!m.buffer.isBlank() || rows.get(it.row()).values().stream().anyMatch(v -> !v.isBlank()));
    }

    private void addRowIfEmpty() {
        Item it = m.current();
        if (m.rows(it.fieldId()).isEmpty()) {
            addRow(false);
        } else {
            m.next();
        }
    }

    /** Ctrl-N, F4, Esc N: a row at the end; Insert, Esc I: a row after the current one. */
    private void addRow(boolean afterCurrent) {
        Item it = m.current();
        if (it == null || (it.kind() != Item.Kind.TABLE && it.kind() != Item.Kind.CELL)) {
            return;
        }
        m.commit();
        String table = it.fieldId();
        List<Map<String, String>> rows = m.rows(table);
        int at = afterCurrent && it.kind() == Item.Kind.CELL ? it.row() + 1 : rows.size();
        rows.add(at, new java.util.LinkedHashMap<>());
        m.state.setRows(table, rows);
        m.dirty = true;
        List<Item> items = m.items();
        for (int i = 0; i < items.size(); i++) {
            Item c = items.get(i);
            if (c.kind() == Item.Kind.CELL && c.fieldId().equals(table) && c.row() == at) {
                m.focus = i;
                break;
            }
        }
        m.enter();
    }

    private void deleteRow() {
        Item it = m.current();
        if (it == null || it.kind() != Item.Kind.CELL) {
            return;
        }
        List<Map<String, String>> rows = m.rows(it.fieldId());
        if (it.row() < rows.size()) {
            rows.remove(it.row());
            m.state.setRows(it.fieldId(), rows);
            m.edited = false;
            m.dirty = true;
            m.snapshotChecks();
            m.say(m.words.t("rowDeleted", it.row() + 1), false);
            m.focus = Math.max(0, m.focus - m.form.fields().get(it.fieldId()).columns().size());
            m.enter();
            m.save(false);
        }
    }

    private void editExternally() {
        FieldDef f = m.currentField();
        Item it = m.current();
        if (f == null || f.type() != FieldType.LONGTEXT || it.kind() != Item.Kind.FIELD) {
            m.say(m.words.t("notLong"), false);
            return;
        }
        try {
            String edited = shell.edit(m.buffer);
            if (edited != null) {
                String clean = edited.replace("\r\n", "\n").replaceAll("\n+$", "");
                if (org.formdesk.engine.Normalizer.unsafe(clean, true) != null) {
                    m.say(m.state.engine().texts().t("control", f.label()), true);
                    return;
                }
                m.buffer = clean;
                m.caret = clean.length();
                m.edited = true;
                m.commit();
                m.enter();
            }
        } catch (ExternalEditor.NoEditor e) {
            m.say(m.words.t("noEditor", String.join("、", e.tried)), true);
        } catch (IOException | RuntimeException e) {
            m.say(m.words.t("editorFailed", e.getMessage()), true);
        }
    }
}
