package org.formdesk.form;

import java.util.HashMap;
import java.util.Map;

/** Lint for what a table declares about its rows: columns, row label, row checks, indicator rows. */
final class TableLint {
    private final FormLinter linter;
    private final FieldDef table;
    private final String ptr;

    TableLint(FormLinter linter, FieldDef table, String ptr) {
        this.linter = linter;
        this.table = table;
        this.ptr = ptr;
    }

    void lint() {
        for (int c = 0; c < table.columns().size(); c++) {
            FieldDef col = table.columns().get(c);
            if (!col.kind().table()) {
                linter.field(col, ptr + "/columns/" + c, table);
            }
            if (col.blankIsZero() && !col.kind().numeric()) {
                linter.report(ptr + "/columns/" + c + "/blankAsZero", what() + " column '" + col.id()
                        + "': blankAsZero is for number columns");
            }
        }
        if (table.rowLabel() != null && table.column(table.rowLabel()) == null) {
            linter.report(ptr + "/rowLabel", what() + ": rowLabel names no column: '" + table.rowLabel() + "'");
        }
        Map<String, String> ids = new HashMap<>();
        for (int c = 0; c < table.rowChecks().size(); c++) {
            CheckDef check = table.rowChecks().get(c);
            String at = ptr + "/rowChecks/" + c;
            String first = ids.putIfAbsent(check.id(), at);
            if (first != null) {
                linter.report(at + "/id", what() + ": duplicate row check id '" + check.id() + "'");
            }
            linter.check(check, at, table);
        }
        RowIndicators ind = table.indicators();
        if (ind != null) {
            String at = ptr + "/indicators";
            if ((ind.group() == null) == (ind.groupColumn() == null)) {
                linter.report(at, what() + " indicators: give either group (one 一级指标 for every row) or"
                        + " groupColumn (the column that names each row's group)");
            }
            column(at + "/groupColumn", "groupColumn", ind.groupColumn(), false);
            column(at + "/max", "max", ind.max(), true);
            column(at + "/score", "score", ind.score(), true);
            column(at + "/reason", "reason", ind.reason(), false);
        }
    }

    private void column(String at, String key, String id, boolean numeric) {
        if (id == null) {
            return;
        }
        FieldDef col = table.column(id);
        if (col == null) {
            linter.report(at, what() + " indicators." + key + " names no column: '" + id + "'");
        } else if (numeric && !col.kind().numeric()) {
            linter.report(at, what() + " indicators." + key + " names column '" + id + "', which is "
                    + col.type().yamlName() + ", not a number");
        }
    }

    private String what() {
        return "table '" + table.id() + "'";
    }
}
