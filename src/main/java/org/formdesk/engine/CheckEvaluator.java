package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.form.CheckDef;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;

/** Evaluates one cross-check against the current values and words its message with the figures. */
final class CheckEvaluator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)\\}");

    private final Form form;
    private final Texts texts;

    CheckEvaluator(Form form, Texts texts) {
        this.form = form;
        this.texts = texts;
    }

    CheckResult evaluate(Engine.CompiledCheck check, FormState state) {
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
            String message = def.message() != null ? fill(def.message(), state, null, null, null, def.toleranceOrZero())
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
            message = def.message() != null ? fill(def.message(), state, left, right, diff.abs(), def.toleranceOrZero())
                    : Display.operator(def.op()).equals("=")
                    ? texts.t("checkFailed", state.labels(check.fields()), Display.number(left), Display.number(right),
                    Display.number(diff.abs()))
                    : texts.t("checkFailedOp", state.labels(check.fields()), Display.number(left),
                    Display.operator(def.op()), Display.number(right), Display.number(diff.abs()));
        }
        return result(check, ok ? CheckStatus.PASSED : CheckStatus.FAILED, message, left, right, diff);
    }

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

    private CheckResult pending(Engine.CompiledCheck check, FormState state, Outcome outcome) {
        String why = outcome.isPending() ? state.waitingFor(outcome.missing())
                : Outcome.DIV_ZERO.equals(outcome.failure()) ? texts.t("divZero", "")
                : Outcome.TOO_LARGE.equals(outcome.failure()) ? texts.t("tooLarge") : texts.t("evalFailed", outcome.failure());
        return result(check, CheckStatus.PENDING, why, null, null, null);
    }

    private static CheckResult result(Engine.CompiledCheck check, CheckStatus status, String message, BigDecimal left,
                                      BigDecimal right, BigDecimal diff) {
        return new CheckResult(check.def().id(), check.def().severityOrDefault(), status, check.fields(), message,
                left, right, diff);
    }

    private String fill(String template, FormState state, BigDecimal left, BigDecimal right, BigDecimal diff,
                        BigDecimal tolerance) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "left" -> Display.number(left);
                case "right" -> Display.number(right);
                case "diff" -> Display.number(diff);
                case "tolerance" -> Display.number(tolerance);
                default -> fieldValue(key, state, m.group());
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String fieldValue(String id, FormState state, String asWritten) {
        FieldDef field = form.fields().get(id);
        return field == null ? asWritten : Display.forPeople(field, state.value(id), texts);
    }

}
