package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.FieldDef;

/**
 * A table's row rules, compiled: computed columns, per-row {@code requiredWhen}, and row checks. Each row is
 * evaluated on its own, so a blank cell makes only the rules of its own row wait; it never silences a rule
 * about another row.
 */
final class TableRows {
    private final FieldDef table;
    private final Map<String, CompiledExpression> computes;
    private final Map<String, CompiledExpression> requiredWhen;
    private final List<Engine.CompiledCheck> checks;
    private final Set<String> formFields = new LinkedHashSet<>();

    /** What the rules found: the rows with computed cells filled in, row errors, and each row check's result. */
    record Result(List<Map<String, Object>> rows, List<String> errors, List<CheckResult> checks) {
    }

    TableRows(FieldDef table, Map<String, CompiledExpression> computes, Map<String, CompiledExpression> requiredWhen,
              List<Engine.CompiledCheck> checks) {
        this.table = table;
        this.computes = computes;
        this.requiredWhen = requiredWhen;
        this.checks = checks;
        for (CompiledExpression e : computes.values()) {
            formFields.addAll(e.fieldIds());
        }
        for (CompiledExpression e : requiredWhen.values()) {
            formFields.addAll(e.fieldIds());
        }
        for (Engine.CompiledCheck c : checks) {
            for (CompiledExpression e : new CompiledExpression[] {c.left(), c.right(), c.condition(), c.when()}) {
                if (e != null) {
                    formFields.addAll(e.fieldIds());
                }
            }
        }
        formFields.remove(table.id());
    }

    FieldDef table() {
        return table;
    }

    boolean isEmpty() {
        return computes.isEmpty() && requiredWhen.isEmpty() && checks.isEmpty();
    }

    /** The form's own fields the row rules read (not the table itself). */
    Set<String> formFields() {
        return formFields;
    }

    Result evaluate(List<?> typedRows, FormState form, CheckEvaluator evaluator, Texts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<CheckResult> results = new ArrayList<>();
        if (typedRows == null) {
            return new Result(null, errors, results);
        }
        for (int r = 0; r < typedRows.size(); r++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = typedRows.get(r) instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            rows.add(cells);
            RowValues row = new RowValues(form, table, cells, r + 1);
            for (Map.Entry<String, CompiledExpression> e : computes.entrySet()) {
                BigDecimal n = e.getValue().evaluate(row).number();
                FieldDef col = table.column(e.getKey());
                cells.put(e.getKey(), n == null ? null
                        : col.kind().computed(n));
            }
            for (Map.Entry<String, CompiledExpression> e : requiredWhen.entrySet()) {
                FieldDef col = table.column(e.getKey());
                if (cells.get(e.getKey()) == null && !col.isRequired() && e.getValue().evaluate(row).isTrue()) {
                    errors.add(where(table, cells, r + 1, texts) + texts.t("required", col.label()));
                }
            }
            for (Engine.CompiledCheck check : checks) {
                results.add(evaluator.evaluateRow(check, row, form));
            }
        }
        return new Result(rows, errors, results);
    }

    /** "表 第 3 行「标签」：", naming the row by its label cell when it has one. */
    static String where(FieldDef table, Map<String, Object> cells, int row, Texts texts) {
        String labelColumn = table.rowLabelColumn();
        Object label = labelColumn == null ? null : cells.get(labelColumn);
        if (label == null || label.toString().isBlank()) {
            return texts.t("rowAt", table.label(), row);
        }
        String line = label.toString().strip().replace('\n', ' ');
        if (line.codePointCount(0, line.length()) > 24) {
            line = line.substring(0, line.offsetByCodePoints(0, 24)) + "…";
        }
        return texts.t("rowNamed", table.label(), row, line);
    }
}
