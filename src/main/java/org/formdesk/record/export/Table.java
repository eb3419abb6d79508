package org.formdesk.record.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows under named columns, ready for CSV or JSON. A cell is null (empty), a String, a BigDecimal
 * (written exactly, never through a double), a BigInteger, a Long or a Boolean.
 */
public final class Table {
    private final List<Column> columns;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.putIfAbsent(this.columns.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two columns named " + this.columns.get(i).id());
            }
        }
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Adds a row given by column id; ids the table has no column for are a programming error. */
    public void add(Map<String, Object> cells) {
        List<Object> row = new ArrayList<>(Collections.nCopies(columns.size(), null));
        for (Map.Entry<String, Object> e : cells.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                throw new IllegalArgumentException("no column " + e.getKey());
            }
            row.set(i, e.getValue());
        }
        rows.add(row);
    }
}
