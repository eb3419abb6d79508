package org.formdesk.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.form.FieldDef;
import org.formdesk.record.Change;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.History;
import org.formdesk.record.RowText;
import org.formdesk.record.Who;

/**
 * The one path by which a value changes in a session, and so the one place that writes the audit trail:
 * a value typed, pasted or back from the editor, a table cell, a row added, deleted or moved, a whole table
 * answered at once, a record's values taken as a new draft's start. The trail's entries name what changed so that they replay to the values:
 * {@code field} (from → to), {@code table[2].column} (a cell), {@code table[2]} (a row: from null when it was
 * added, to null when it was deleted, its cells as JSON), and {@code table} (the whole table as JSON).
 * A move is the row deleted where it was and added where it went.
 */
final class Changes {
    private final FormState state;
    private final Who who;
    private List<Change> history;
    /** How many changes this session made: Finalize remembers it, so a later change makes the draft a draft again. */
    private int count;

    Changes(FormState state, Who who, List<Change> history) {
        this.state = state;
        this.who = who;
        this.history = List.copyOf(history);
    }

    List<Change> history() {
        return history;
    }

    int count() {
        return count;
    }

    /**
     * The text being typed, shown in the engine before it is committed, so that computed figures follow
     * the keys. Not a change yet: {@link #set} or {@link #setCell} commits it, and every save commits first.
     */
    void preview(String fieldId, String text) {
        state.set(fieldId, text);
    }

    /** The same for a cell of a table. */
    void previewCell(String table, int row, String column, String text) {
        List<Map<String, String>> rows = rows(table);
        if (row < rows.size()) {
            put(rows.get(row), column, text);
            state.setRows(table, rows);
        }
    }

    /** A one-value field set to {@code text} (null or blank empties it); {@code before} is what the trail says it was. */
    boolean set(String fieldId, String before, String text) {
        state.set(fieldId, text);
        return log(fieldId, before, text);
    }

    /** A one-value field set to {@code text}, from whatever it holds now. */
    boolean set(String fieldId, String text) {
        return set(fieldId, state.raw(fieldId) instanceof String s ? s : null, text);
    }

    boolean setCell(String table, int row, String column, String before, String text) {
        previewCell(table, row, column, text);
        return log(table + "[" + (row + 1) + "]." + column, before, text);
    }

    void addRow(String table, int at) {
        List<Map<String, String>> rows = rows(table);
        Map<String, String> row = new LinkedHashMap<>();
        rows.add(at, row);
        state.setRows(table, rows);
        log(table + "[" + (at + 1) + "]", null, RowText.row(row));
    }

    /** Deletes a row; the trail keeps its values. */
    void deleteRow(String table, int at) {
        List<Map<String, String>> rows = rows(table);
        if (at < 0 || at >= rows.size()) {
            return;
        }
        Map<String, String> gone = rows.remove(at);
        state.setRows(table, rows);
        log(table + "[" + (at + 1) + "]", RowText.row(gone), null);
    }

    /** Moves a row from one place to another: the trail says it left one place and arrived at the other. */
    void moveRow(String table, int from, int to) {
        List<Map<String, String>> rows = rows(table);
        if (from == to || from < 0 || to < 0 || from >= rows.size() || to >= rows.size()) {
            return;
        }
        Map<String, String> row = rows.remove(from);
        rows.add(to, row);
        state.setRows(table, rows);
        String text = RowText.row(row);
        log(table + "[" + (from + 1) + "]", text, null);
        log(table + "[" + (to + 1) + "]", null, text);
    }

    /** A whole table answered at once (the line mode). */
    boolean setRows(String table, List<Map<String, String>> newRows) {
        List<Map<String, String>> before = rows(table);
        state.setRows(table, newRows);
        return log(table, before.isEmpty() ? null : RowText.rows(before),
                newRows.isEmpty() ? null : RowText.rows(rows(table)));
    }

    /** A table's rows as strings, a fresh copy the caller may change. */
    List<Map<String, String>> rows(String tableId) {
        List<Map<String, String>> out = new ArrayList<>();
        if (state.raw(tableId) instanceof List<?> list) {
            for (Object row : list) {
                Map<String, String> cells = new LinkedHashMap<>();
                if (row instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (v != null) {
                            cells.put(String.valueOf(k), String.valueOf(v));
                        }
                    });
                }
                out.add(cells);
            }
        }
        return out;
    }

    private static void put(Map<String, String> row, String column, String text) {
        if (text == null || text.isBlank()) {
            row.remove(column);
        } else {
            row.put(column, text);
        }
    }

    /**
     * A record's values taken whole as the start of a new draft ({@code fill --from}): one change, made of an
     * entry for each field it changes (a table as a whole), all at one moment and marked with the record they
     * came from, so that the trail replays from an empty form.
     */
    void load(Map<String, ?> values, String source) {
        String at = DraftRepository.now();
        String origin = who.origin() + "; from " + source;
        boolean changed = false;
        for (FieldDef field : state.form().fields().values()) {
            if (field.isComputed()) {
                continue;
            }
            String before = text(field);
            state.setRaw(field.id(), values.get(field.id()));
            changed |= append(field.id(), before, text(field), at, origin);
        }
        if (changed) {
            count++;
        }
    }

    /** A field's value as the trail writes it: its text, or a table's rows as JSON. */
    private String text(FieldDef field) {
        Object raw = state.raw(field.id());
        if (raw instanceof List<?>) {
            List<Map<String, String>> rows = rows(field.id());
            return rows.isEmpty() ? null : RowText.rows(rows);
        }
        return raw == null ? null : String.valueOf(raw);
    }

    private boolean log(String what, String before, String after) {
        if (!append(what, before, after, DraftRepository.now(), who.origin())) {
            return false;
        }
        count++;
        return true;
    }

    private boolean append(String what, String before, String after, String at, String origin) {
        String from = before == null || before.isBlank() ? null : before;
        String to = after == null || after.isBlank() ? null : after;
        if (from == null ? to == null : from.equals(to)) {
            return false;
        }
        history = History.append(history, new Change(what, from, to, at, who.user(), origin));
        return true;
    }
}
