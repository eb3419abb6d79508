package org.formdesk.engine;

import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;

/**
 * One cell named in a pending reason: {@code table#row.column}, the row 1-based. Worded for people as
 * "表名 第 3 行 列名" so that a blank cell is named where it is, never as the whole table.
 */
final class CellRef {
    private CellRef() {
    }

    static String of(String table, int row, String column) {
        return table + "#" + row + "." + column;
    }

    static boolean is(String ref) {
        return ref.indexOf('#') > 0;
    }

    static String table(String ref) {
        return ref.substring(0, ref.indexOf('#'));
    }

    static String label(Form form, Texts texts, String ref) {
        int hash = ref.indexOf('#');
        int dot = ref.indexOf('.', hash);
        String table = ref.substring(0, hash);
        String row = ref.substring(hash + 1, dot);
        FieldDef def = form.fields().get(table);
        FieldDef col = def == null ? null : def.column(ref.substring(dot + 1));
        return texts.t("cell", def == null ? table : def.label(), row, col == null ? ref.substring(dot + 1) : col.label());
    }
}
