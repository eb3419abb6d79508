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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    @Override
    public String display(FieldDef field, BigDecimal value) {
        return value.multiply(HUNDRED).setScale(field.roundOrDefault(), RoundingMode.HALF_UP).toPlainString();
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
