package org.formdesk.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.formdesk.form.FieldDef;
import org.formdesk.form.kind.Canonical;

/** How values are shown to people and written for other tools. Rounding happens here (as the field's kind rounds) and only here. */
public final class Display {
    private Display() {
    }

    /** A computed field's figure: rounded half-up to {@code round}; percent ×100 (as its kind shows it). */
    public static String computed(FieldDef field, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return field.kind().display(field, value);
    }

    /** An entered value as canonical text: numbers as typed (normalised), dates ISO, booleans true/false. */
    public static String entered(Object value) {
        return Canonical.text(value);
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
        if ((field.isComputed() || field.kind().rate()) && value instanceof BigDecimal d) {
            return field.kind().displayWithSign(field, d);
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
