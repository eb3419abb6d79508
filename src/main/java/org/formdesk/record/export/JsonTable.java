package org.formdesk.record.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.formdesk.form.Form;

/**
 * A table as JSON: the form it came from, its columns with their labels, and one object per row keyed
 * by column id. Decimals are strings in plain notation, as in record files, so that no reader turns
 * them into binary floating point; whole numbers and counts are numbers.
 */
public final class JsonTable {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTable() {
    }

    public static ObjectNode of(Form form, Table table) {
        ObjectNode root = NODES.objectNode();
        root.put("form", form.id());
        root.put("formVersion", form.version());
        ArrayNode columns = root.putArray("columns");
        for (Column c : table.columns()) {
            columns.addObject().put("id", c.id()).put("label", c.label());
        }
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : table.rows()) {
            ObjectNode r = rows.addObject();
            for (int i = 0; i < row.size(); i++) {
                String id = table.columns().get(i).id();
                Object cell = row.get(i);
                if (cell == null) {
                    r.putNull(id);
                } else if (cell instanceof BigDecimal d) {
                    r.put(id, d.toPlainString());
                } else if (cell instanceof BigInteger n) {
                    r.put(id, n);
                } else if (cell instanceof Long n) {
                    r.put(id, n);
                } else if (cell instanceof Boolean b) {
                    r.put(id, b);
                } else {
                    r.put(id, String.valueOf(cell));
                }
            }
        }
        return root;
    }
}
