package org.formdesk.form.kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The canonical text of a typed value whatever its kind: numbers as typed (normalised), dates ISO, booleans true/false. */
public final class Canonical {
    private Canonical() {
    }

    public static String text(Object value) {
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
}
