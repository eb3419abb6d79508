package org.formdesk.form.kind;

/** An amount of money: up to 4 decimals typed (the seed has 1304.4375), shown at 2, grouped in a spreadsheet. */
final class MoneyKind extends NumberKind {
    MoneyKind() {
        super(Trait.SUMMABLE, Trait.COMPUTABLE, Trait.GROUPED);
    }

    @Override
    public int defaultScale() {
        return 4;
    }

    @Override
    public Integer ownRound() {
        return 2;
    }

    @Override
    public String example() {
        return "1431.98";
    }
}
