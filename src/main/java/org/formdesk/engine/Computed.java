package org.formdesk.engine;

import java.math.BigDecimal;

/** A computed field's exact value, or why it has none (inputs missing, division by zero). */
public record Computed(BigDecimal value, String reason) {
    public static Computed of(BigDecimal value) {
        return new Computed(value, null);
    }

    public static Computed none(String reason) {
        return new Computed(null, reason);
    }
}
