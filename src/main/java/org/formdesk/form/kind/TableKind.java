package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.formdesk.form.FieldDef;

/** Rows of cells, each column a field of its own; the rows are read cell by cell, not as one text. */
final class TableKind extends Kind {
    TableKind() {
        super(Trait.TABLE);
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "array");
        int minRows = f.minRows() != null ? f.minRows() : f.isRequired() ? 1 : 0;
        if (minRows > 0) {
            s.put("minItems", minRows);
        }
        if (f.maxRows() != null) {
            s.put("maxItems", f.maxRows());
        }
        ObjectNode row = s.putObject("items");
        row.put("type", "object");
        properties.of(row, f.columns());
    }
}
