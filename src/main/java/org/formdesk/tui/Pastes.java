package org.formdesk.tui;

import java.util.List;
import org.formdesk.engine.Visible;
import org.formdesk.form.FieldDef;

/**
 * A paste: text, never keys. Cells copied from a spreadsheet onto a table cell fill the table from there,
 * rows added as Excel does, as one change ({@link TablePaste}); into a one-line field the first line is
 * taken and what was left out is said; control characters and escape sequences are dropped with a note.
 */
final class Pastes {
    private Pastes() {
    }

    static void paste(FillModel m, String text) {
        Item it = m.current();
        FieldDef f = m.currentField();
        if (m.ask != null || m.help || m.jump != null || it == null || !it.editable() || f == null) {
            return; // a paste never answers a question
        }
        m.escPrefix = false;
        if (it.kind() == Item.Kind.CELL && TablePaste.isBlock(text)) {
            block(m, it, text);
            return;
        }
        boolean multiline = f.kind().multiline() && it.kind() == Item.Kind.FIELD;
        String s = TablePaste.trimEnd(text); // with the line end a copied line or cell brings along dropped
        int droppedLines = 0;
        String droppedText = "";
        if (!multiline && s.indexOf('\n') >= 0) {
            // A one-line field takes the first line; the rest is said, not silently run together.
            droppedText = s.substring(s.indexOf('\n') + 1);
            droppedLines = (int) droppedText.lines().count();
            s = s.substring(0, s.indexOf('\n'));
        }
        Typing.dropSelection(m);
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
            if (c == '\t' && !multiline) {
                c = ' '; // a tab between copied cells reads as a space in one value
            }
            if (c != '\n' && (Character.isISOControl(c) || Visible.escaped(c))) {
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
            Typing.insert(m, add);
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
    private static void block(FillModel m, Item it, String text) {
        Editing.commit(m);
        String table = it.fieldId();
        List<FieldDef> columns = m.form.fields().get(table).columns();
        int column = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id().equals(it.column())) {
                column = c;
            }
        }
        TablePaste.Result r = TablePaste.apply(m.rows(table), columns, it.row(), column, clean(text));
        Editing.commitRows(m, table, r.rows());
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
                    || !(Character.isISOControl(c) || Visible.escaped(c) || Character.isSurrogate(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
