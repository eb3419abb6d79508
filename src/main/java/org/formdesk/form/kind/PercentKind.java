package org.formdesk.form.kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.formdesk.form.FieldDef;

/**
 * A rate: typed as a percentage (98 or 98%), held as the ratio 0.98 so that expressions compute with it,
 * shown ×100 with a % sign, rounded half-up to 2 places unless the form says otherwise.
 */
final class PercentKind extends NumberKind {
    PercentKind() {
        super(Trait.RATE, Trait.COMPUTABLE);
    }

    @Override
    public Integer ownRound() {
        return 2;
    }

    @Override
    boolean takesPercentSign(String unit) {
        return true;
    }

    @Override
    BigDecimal held(BigDecimal typed) {
        return typed.movePointLeft(2);
    }

    @Override
    public String example() {
        return "95%";
    }

    @Override
    public String canonical(FieldDef field, Object value) {
        return value instanceof BigDecimal ratio ? displayWithSign(field, ratio) : super.canonical(field, value);
    }

    /** Rounded as the percentage shows: two more places of the ratio than the percentage's round. */
    @Override
    public BigDecimal rounded(FieldDef field, BigDecimal value) {
        return value.setScale(field.roundOrDefault() + 2, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal displayed(FieldDef field, BigDecimal value) {
        return rounded(field, value).movePointRight(2);
    }

    @Override
    public BigDecimal asTyped(BigDecimal held) {
        return held.movePointRight(2).stripTrailingZeros();
    }

    @Override
    public String displayWithSign(FieldDef field, BigDecimal value) {
        return display(field, value) + "%";
    }

    @Override
    public String unit(FieldDef field) {
        return "%";
    }
}
