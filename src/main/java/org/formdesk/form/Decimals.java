package org.formdesk.form;

import java.math.BigDecimal;

/**
 * The one canonical way an exact number is written where no rounding is wanted (limits, scores,
 * totals, exported figures): trailing zeros dropped, never an exponent. Rounding for display lives
 * in the engine's {@code Display}.
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code 12.50} → "12.5", {@code 1E+2} → "100"; null stays null. */
    public static String plain(BigDecimal n) {
        return n == null ? null : canonical(n).toPlainString();
    }

    /** The same number with trailing zeros dropped and a scale of at least zero (so JSON writes 100, not 1E+2). */
    public static BigDecimal canonical(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
