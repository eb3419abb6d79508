package org.formdesk.engine;

import java.util.Map;
import org.formdesk.form.FieldDef;

/** The names a row expression sees: the row's own cells by column id, and every field of the form. */
final class RowValues implements ValueSource {
    private final ValueSource form;
    private final FieldDef table;
    private final Map<String, Object> cells;
    private final int row;

    RowValues(ValueSource form, FieldDef table, Map<String, Object> cells, int row) {
        this.form = form;
        this.table = table;
        this.cells = cells;
        this.row = row;
    }

    FieldDef table() {
        return table;
    }

    /** 1-based. */
    int row() {
        return row;
    }

    Map<String, Object> cells() {
        return cells;
    }

    @Override
    public Object value(String name) {
        FieldDef col = table.column(name);
        if (col != null) {
            Object cell = cells.get(name);
            return cell == null && col.blankIsZero() ? java.math.BigDecimal.ZERO : cell;
        }
        return form.value(name);
    }

    /** A missing name as a pending reason names it: a column as this row's cell. */
    @Override
    public String missingRef(String name) {
        return table.column(name) != null ? CellRef.of(table.id(), row, name) : name;
    }
}
