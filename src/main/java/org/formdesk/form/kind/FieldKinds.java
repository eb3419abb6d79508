package org.formdesk.form.kind;

import org.formdesk.form.FieldType;

/**
 * The one place that maps a field type to its kind. Adding a kind: its class here and a line below (the
 * switch has no default, so the compiler names a type left without a kind). Plain static objects: no
 * reflection or service loading on the way to the first screen.
 */
public final class FieldKinds {
    private static final FieldKind[] KINDS = new FieldKind[FieldType.values().length];

    static {
        for (FieldType type : FieldType.values()) {
            KINDS[type.ordinal()] = kind(type);
        }
    }

    private FieldKinds() {
    }

    public static FieldKind of(FieldType type) {
        return KINDS[type.ordinal()];
    }

    private static FieldKind kind(FieldType type) {
        return switch (type) {
            case TEXT -> new TextKind();
            case LONGTEXT -> new LongTextKind();
            case INTEGER -> new IntegerKind();
            case MONEY -> new MoneyKind();
            case DECIMAL -> new DecimalKind();
            case PERCENT -> new PercentKind();
            case DATE -> new DateKind();
            case PHONE -> new PhoneKind();
            case CHOICE -> new ChoiceKind();
            case BOOLEAN -> new BooleanKind();
            case TABLE -> new TableKind();
            case SCORE -> new ScoreKind();
        };
    }
}
