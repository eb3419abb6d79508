package org.formdesk.tui;

import org.formdesk.form.FieldDef;

/**
 * The update's steps on the text being typed, as in a spreadsheet cell: a filled value entered selected
 * (typing replaces it), → / End / F2 to edit in place, Esc back to the value on entry, Ctrl-U to empty it;
 * ↑ and ↓ by line inside a long text. Only the edit buffer changes here; leaving the field commits it
 * through {@link Changes}.
 */
final class Typing {
    private Typing() {
    }

    /** A character typed: refused with a sentence when the field cannot take it; over a selection it replaces it. */
    static void type(FillModel m, char c) {
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
            m.emit(new Effect.Bell());
            return;
        }
        dropSelection(m);
        if (f.maxLength() != null && m.buffer.codePointCount(0, m.buffer.length()) >= f.maxLength()) {
            m.say(m.words.t("tooLong", f.label(), f.maxLength()), true);
            return;
        }
        insert(m, String.valueOf(c));
    }

    /** Typing or pasting over a selected value replaces it, as in a spreadsheet cell. */
    static void dropSelection(FillModel m) {
        if (m.selected) {
            m.buffer = "";
            m.caret = 0;
            m.selected = false;
        }
    }

    static void insert(FillModel m, String s) {
        m.buffer = m.buffer.substring(0, m.caret) + s + m.buffer.substring(m.caret);
        m.caret += s.length();
        m.edited = true;
    }

    static void backspace(FillModel m) {
        removeAt(m, m.caret - 1);
    }

    static void delete(FillModel m) {
        removeAt(m, m.caret);
    }

    /** Removes the character at {@code at}, the caret staying before what followed it; a selection is cleared whole. */
    private static void removeAt(FillModel m, int at) {
        if (m.selected) {
            clear(m);
            return;
        }
        Item it = m.current();
        if (it == null || !it.editable() || at < 0 || at >= m.buffer.length()) {
            return;
        }
        m.buffer = m.buffer.substring(0, at) + m.buffer.substring(at + 1);
        m.caret = at;
        m.edited = true;
    }

    /** Ctrl-U (Esc U): the field emptied, as in a shell's line editor. */
    static void clear(FillModel m) {
        Item it = m.current();
        if (it == null || !it.editable()) {
            return;
        }
        m.buffer = "";
        m.caret = 0;
        m.selected = false;
        m.edited = true;
    }

    static void left(FillModel m) {
        m.caret = m.selected ? 0 : Math.max(0, m.caret - 1);
        m.selected = false;
    }

    /** → on a selected value edits it in place (the caret after it), as F2 does; else one character on. */
    static void right(FillModel m) {
        m.caret = m.selected ? m.buffer.length() : Math.min(m.buffer.length(), m.caret + 1);
        m.selected = false;
    }

    static void home(FillModel m) {
        m.caret = 0;
        m.selected = false;
    }

    /** End / F2: the selection goes and the caret stands after the text, as F2 does in a spreadsheet cell. */
    static void editInPlace(FillModel m) {
        m.selected = false;
        m.caret = m.buffer.length();
    }

    /** Esc: the value the field had when the focus arrived comes back (kept aside, in case a command letter follows). */
    static void revert(FillModel m) {
        m.reverted = null;
        if (!m.edited && m.buffer.equals(m.original)) {
            return;
        }
        m.reverted = m.buffer;
        m.revertedCaret = m.caret;
        m.buffer = m.original;
        m.caret = m.buffer.length();
        m.edited = true;
        Editing.apply(m); // the computed figures follow the value put back
        m.edited = false;
        m.selected = false;
    }

    /** The typing Esc took back comes back: the Esc prefixed a command, it was no undo. */
    static void unrevert(FillModel m) {
        if (m.reverted != null) {
            m.buffer = m.reverted;
            m.caret = Math.min(m.revertedCaret, m.buffer.length());
            m.edited = true;
            m.reverted = null;
        }
    }

    /** ↓ inside a long text: the next line; false on its last line (or outside a long text). */
    static boolean lineDown(FillModel m) {
        if (!inLongText(m)) {
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
    static boolean lineUp(FillModel m) {
        if (!inLongText(m)) {
            return false;
        }
        int start = m.caret == 0 ? -1 : m.buffer.lastIndexOf('\n', m.caret - 1);
        if (start < 0) {
            return false;
        }
        int col = m.caret - (start + 1);
        int prevStart = start == 0 ? 0 : m.buffer.lastIndexOf('\n', start - 1) + 1;
        m.caret = prevStart + Math.min(col, start - prevStart);
        m.selected = false;
        return true;
    }

    static boolean inLongText(FillModel m) {
        Item it = m.current();
        FieldDef f = m.currentField();
        return it != null && it.kind() == Item.Kind.FIELD && f != null && f.kind().multiline();
    }
}
