package org.formdesk.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** How values are shown to people and written for other tools. Rounding happens here and only here. */
public final class Display {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Display() {
    }

    /** A computed field's figure: money and decimals rounded half-up to {@code round}; percent ×100. */
    public static String computed(FieldDef field, BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = field.type() == FieldType.PERCENT ? value.multiply(HUNDRED) : value;
        return shown.setScale(field.roundOrDefault(), RoundingMode.HALF_UP).toPlainString();
    }

    /** An entered value as canonical text: numbers as typed (normalised), dates ISO, booleans true/false. */
    public static String entered(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> rows) {
            return rows.size() + " rows";
        }
        return String.valueOf(value);
    }

    /** A number inside a message: exact, trailing zeros dropped, money-like figures with two decimals. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 4) {
            v = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (v.scale() == 1) {
            v = v.setScale(2);
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }

    /** A value as a person reads it in a message or on the summary. */
    public static String forPeople(FieldDef field, Object value, Texts texts) {
        if (value == null) {
            return "—";
        }
        if ((field.isComputed() || field.type() == FieldType.PERCENT) && value instanceof BigDecimal d) {
            return computed(field, d) + (field.type() == FieldType.PERCENT ? "%" : "");
        }
        if (value instanceof Boolean b) {
            return texts.t(b ? "yes" : "no");
        }
        return entered(value);
    }

    /** A check's operator as people write it: ≤ ≥ ≠ =, whichever spelling the form used. */
    public static String operator(String op) {
        if (op == null) {
            return "=";
        }
        return switch (op) {
            case "!=", "<>", "≠" -> "≠";
            case "<=", "≤" -> "≤";
            case ">=", "≥" -> "≥";
            case "<", ">" -> op;
            default -> "=";
        };
    }
}
