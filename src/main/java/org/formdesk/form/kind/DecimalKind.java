package org.formdesk.form.kind;

/** A decimal quantity that is not money: up to 6 decimals, shown as typed. */
final class DecimalKind extends NumberKind {
    DecimalKind() {
        super(Trait.SUMMABLE, Trait.COMPUTABLE);
    }

    @Override
    public String example() {
        return "12.5";
    }
}
