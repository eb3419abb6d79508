package org.formdesk.engine;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * What evaluating an expression gave: a value, or pending (these inputs are still empty), or failed
 * (with a reason a person can read, such as a division by zero). Never an exception.
 */
public record Outcome(EvaluationValue value, List<String> missing, String failure) {
    /** The failure reason for a division by zero; callers word it for people. */
    public static final String DIV_ZERO = "division by zero";
    /** The failure reason for a number, exponent or count of places beyond the bounds a form's expressions keep. */
    public static final String TOO_LARGE = "too large";


    public static Outcome of(EvaluationValue value) {
        return new Outcome(value, List.of(), null);
    }

    public static Outcome pending(List<String> missing) {
        return new Outcome(null, List.copyOf(missing), null);
    }

    public static Outcome failed(String reason) {
        return new Outcome(null, List.of(), reason);
    }

    public boolean isValue() {
        return value != null;
    }

    public boolean isPending() {
        return value == null && failure == null;
    }

    /** The number, or null when there is none (pending, failed, or not a number). */
    public BigDecimal number() {
        return value != null && value.isNumberValue() ? value.getNumberValue() : null;
    }

    /** True only for a boolean true (or a non-zero number). */
    public boolean isTrue() {
        if (value == null) {
            return false;
        }
        if (value.isBooleanValue()) {
            return value.getBooleanValue();
        }
        return value.isNumberValue() && value.getNumberValue().signum() != 0;
    }
}
