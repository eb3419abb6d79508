package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.form.CheckDef;
import org.formdesk.form.ExpressionText;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;

/** Evaluates one cross-check against the current values and words its message with the figures. */
final class CheckEvaluator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");

    private final Texts texts;

    CheckEvaluator(Form form, Texts texts) {
        this.texts = texts;
    }

    CheckResult evaluate(Engine.CompiledCheck check, FormState state) {
        return evaluate(check, (CheckScope) state);
    }

    /**
     * A row check on one row: its id is {@code <check id>#<row>}, it points at the table, and its message
     * names the table, the row number and the row's label cell.
     */
    CheckResult evaluateRow(Engine.CompiledCheck check, RowValues row, FormState state) {
        CheckResult r = evaluate(check, new RowScope(row, state, texts));
        FieldDef table = row.table();
        String where = TableRows.where(table, row.cells(), row.row(), texts);
        String message = r.status() == CheckStatus.PASSED ? "" : where + r.message();
        return new CheckResult(r.id() + "#" + row.row(), r.severity(), r.status(), List.of(table.id()), message,
                r.left(), r.right(), r.difference());
    }

    private CheckResult evaluate(Engine.CompiledCheck check, CheckScope state) {
        CheckDef def = check.def();
        if (check.when() != null) {
            Outcome when = check.when().evaluate(state);
            if (!when.isValue()) {
                return pending(check, state, when);
            }
            if (!when.isTrue()) {
                return result(check, CheckStatus.PASSED, "", null, null, null);
            }
        }
        if (check.condition() != null) {
            Outcome cond = check.condition().evaluate(state);
            if (!cond.isValue()) {
                return pending(check, state, cond);
            }
            boolean ok = cond.isTrue();
            String message = def.message() != null ? fill(def, state, null, null, null)
                    : texts.t("assertFailed", def.condition());
            return result(check, ok ? CheckStatus.PASSED : CheckStatus.FAILED, ok ? "" : message, null, null, null);
        }
        Outcome l = check.left().evaluate(state);
        Outcome r = check.right().evaluate(state);
        if (l.number() == null || r.number() == null) {
            return pending(check, state, l.number() == null ? l : r);
        }
        BigDecimal left = l.number();
        BigDecimal right = r.number();
        BigDecimal diff = left.subtract(right);
        boolean ok = holds(def.op(), diff, def.toleranceOrZero());
        String message = "";
        if (!ok) {
            message = def.message() != null ? fill(def, state, left, right, diff.abs())
                    : Display.operator(def.op()).equals("=")
                    ? texts.t("checkFailed", state.labels(check.fields()), side(def.left(), left, state),
                    side(def.right(), right, state), Display.number(diff.abs()))
                    : texts.t("checkFailedOp", state.labels(check.fields()), side(def.left(), left, state),
                    Display.operator(def.op()), side(def.right(), right, state), Display.number(diff.abs()));
        }
        return result(check, ok ? CheckStatus.PASSED : CheckStatus.FAILED, message, left, right, diff);
    }

    /**
     * One side of a comparison: a lone field shown as that field is shown (its round), a column's sum at the
     * column's round, else the exact figure; so a passing check's line and the table total agree.
     */
    static String side(String expr, BigDecimal value, CheckScope scope) {
        String name = expr == null ? "" : expr.trim();
        FieldDef field = name.isEmpty() ? null : scope.definition(name);
        // A computed figure as the field shows it (its round): the message and the summary agree.
        if (field != null && field.isComputed() && (field.round() != null
                || field.kind().ownRound() != null) && ExpressionText.names(name).equals(java.util.Set.of(name))) {
            String shown = scope.shownOrNull(name);
            if (shown != null) {
                return shown;
            }
        }
        // A column's sum as the table shows it under the column (the column's round): one figure everywhere.
        Matcher sum = COLUMN_SUM.matcher(name);
        FieldDef table = sum.matches() ? scope.definition(sum.group(1)) : null;
        FieldDef column = table == null || table.columns() == null ? null : table.column(sum.group(2));
        if (value != null && column != null) {
            return Display.computed(column, value);
        }
        return Display.number(value);
    }

    private static final Pattern COLUMN_SUM = Pattern.compile("SUM\\(\\s*(\\w+)\\.(\\w+)\\s*\\)");

    /** Whether {@code left op right} holds, given left − right; a difference under the tolerance is no difference. */
    static boolean holds(String op, BigDecimal diff, BigDecimal tolerance) {
        boolean tolerant = tolerance.signum() > 0;
        boolean equal = tolerant ? diff.abs().compareTo(tolerance) < 0 : diff.signum() == 0;
        return switch (op) {
            case "=", "==" -> equal;
            case "!=", "≠", "<>" -> !equal;
            case "<=", "≤" -> equal || diff.signum() < 0;
            case ">=", "≥" -> equal || diff.signum() > 0;
            case "<" -> diff.signum() < 0;
            case ">" -> diff.signum() > 0;
            default -> throw new IllegalStateException("operator " + op + " passed lint");
        };
    }

    private CheckResult pending(Engine.CompiledCheck check, CheckScope state, Outcome outcome) {
        String why = outcome.isPending() ? state.waitingFor(outcome.missing())
                : Outcome.DIV_ZERO.equals(outcome.failure()) ? texts.t("divZero", "")
                : Outcome.TOO_LARGE.equals(outcome.failure()) ? texts.t("tooLarge")
                : outcome.failure() == null ? texts.t("evalFailed", texts.t("notNumber"))
                : texts.t("evalFailed", outcome.failure());
        return result(check, CheckStatus.PENDING, why, null, null, null);
    }

    private static CheckResult result(Engine.CompiledCheck check, CheckStatus status, String message, BigDecimal left,
                                      BigDecimal right, BigDecimal diff) {
        return new CheckResult(check.def().id(), check.def().severityOrDefault(), status, check.fields(), message,
                left, right, diff);
    }

    private String fill(CheckDef def, CheckScope state, BigDecimal left, BigDecimal right, BigDecimal diff) {
        Matcher m = PLACEHOLDER.matcher(def.message());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "left" -> side(def.left(), left, state);
                case "right" -> side(def.right(), right, state);
                case "diff" -> Display.number(diff);
                case "tolerance" -> Display.number(def.toleranceOrZero());
                default -> {
                    String shown = state.shownOrNull(key);
                    yield shown == null ? m.group() : shown;
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A row's view for its checks: its cells by column id, the form's fields, and pending reasons by cell. */
    private record RowScope(RowValues row, FormState state, Texts texts) implements CheckScope {

        @Override
        public Object value(String name) {
            return row.value(name);
        }

        @Override
        public String missingRef(String name) {
            return row.missingRef(name);
        }

        @Override
        public FieldDef definition(String name) {
            FieldDef col = row.table().column(name);
            return col != null ? col : state.definition(name);
        }

        @Override
        public String waitingFor(List<String> missing) {
            // This row's own blank cells are named by their column: the message already names the row.
            List<String> own = new ArrayList<>();
            List<String> other = new ArrayList<>();
            String prefix = row.table().id() + "#" + row.row() + ".";
            for (String ref : missing) {
                if (ref.startsWith(prefix)) {
                    FieldDef col = row.table().column(ref.substring(prefix.length()));
                    own.add(col == null ? ref : col.label());
                } else {
                    other.add(ref);
                }
            }
            List<String> parts = new ArrayList<>();
            if (!own.isEmpty()) {
                parts.add(texts.t("waiting", String.join("、", new java.util.LinkedHashSet<>(own))));
            }
            if (!other.isEmpty()) {
                parts.add(state.waitingFor(other));
            }
            return String.join("；", parts);
        }

        @Override
        public String labels(List<String> ids) {
            List<String> out = new ArrayList<>();
            for (String id : ids) {
                FieldDef col = row.table().column(id);
                out.add(col != null ? col.label() : state.labels(List.of(id)));
            }
            return String.join("、", out);
        }

        @Override
        public String shownOrNull(String name) {
            FieldDef col = row.table().column(name);
            if (col != null) {
                return Display.forPeople(col, row.value(name), texts);
            }
            return state.shownOrNull(name);
        }
    }
}
