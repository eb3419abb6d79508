package org.formdesk.tui;

import java.util.List;

/** The update's steps on a table's rows: add, delete (asked first), move; the focus follows the row. */
final class RowEdits {
    private RowEdits() {
    }

    static void addRowIfEmpty(FillModel m) {
        Item it = m.current();
        if (m.rows(it.fieldId()).isEmpty()) {
            addRow(m, false);
        } else {
            Editing.next(m);
        }
    }

    /** F4, Esc N, Ctrl-N: a row at the end; Insert, Esc I: a row after the current one. */
    static void addRow(FillModel m, boolean afterCurrent) {
        Item it = m.current();
        if (it == null || (it.kind() != Item.Kind.TABLE && it.kind() != Item.Kind.CELL)) {
            return;
        }
        Editing.commit(m);
        String table = it.fieldId();
        int at = afterCurrent && it.kind() == Item.Kind.CELL ? it.row() + 1 : m.rows(table).size();
        m.changes.addRow(table, at);
        m.dirty = true;
        focusCell(m, table, at, null);
        m.enter();
    }

    /** Asks before a row is deleted (F6, Esc D, Ctrl-D on a cell). */
    static void askDelete(FillModel m) {
        Item it = m.current();
        if (it != null && it.kind() == Item.Kind.CELL) {
            m.ask = FillModel.Ask.DELETE_ROW;
        }
    }

    static void deleteRow(FillModel m) {
        Item it = m.current();
        if (it == null || it.kind() != Item.Kind.CELL || it.row() >= m.rows(it.fieldId()).size()) {
            return;
        }
        Editing.commit(m); // what was typed in the row is part of what the trail says was deleted
        m.changes.deleteRow(it.fieldId(), it.row());
        m.edited = false;
        m.dirty = true;
        m.snapshotChecks();
        m.say(m.words.t("rowDeleted", it.row() + 1), false);
        m.focus = Math.max(0, m.focus - m.form.fields().get(it.fieldId()).columns().size());
        m.enter();
        Editing.save(m, Effect.Then.NOTHING);
    }

    /** Alt-↑ / Alt-↓ on a cell: the row changes places with the one above or below; the focus goes with it. */
    static void moveRow(FillModel m, int by) {
        Item it = m.current();
        if (it == null || it.kind() != Item.Kind.CELL) {
            return;
        }
        int to = it.row() + by;
        if (to < 0 || to >= m.rows(it.fieldId()).size()) {
            return;
        }
        Editing.commit(m);
        m.changes.moveRow(it.fieldId(), it.row(), to);
        m.dirty = true;
        m.snapshotChecks();
        focusCell(m, it.fieldId(), to, it.column());
        m.enter();
        Editing.save(m, Effect.Then.NOTHING);
    }

    /** Puts the focus on a cell of a table's row (its first cell when {@code column} is null). */
    private static void focusCell(FillModel m, String table, int row, String column) {
        List<Item> items = m.items();
        for (int i = 0; i < items.size(); i++) {
            Item c = items.get(i);
            if (c.kind() == Item.Kind.CELL && c.fieldId().equals(table) && c.row() == row
                    && (column == null || column.equals(c.column()))) {
                m.focus = i;
                return;
            }
        }
    }
}
