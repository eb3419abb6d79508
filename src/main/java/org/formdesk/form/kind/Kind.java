package org.formdesk.form.kind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.formdesk.form.FieldDef;

/** A kind declared by its traits; what it does differently it overrides. */
abstract class Kind implements FieldKind {
    private final Set<Trait> traits;

    Kind(Trait... traits) {
        EnumSet<Trait> set = EnumSet.noneOf(Trait.class);
        set.addAll(Arrays.asList(traits));
        this.traits = set;
    }

    /** A family's own traits and those a member adds. */
    static Trait[] traits(Trait[] more, Trait... own) {
        Trait[] all = Arrays.copyOf(own, own.length + more.length);
        System.arraycopy(more, 0, all, own.length, more.length);
        return all;
    }

    /** The text as typed (normalised): what a text is, and all a table holds before its rows are read. */
    @Override
    public Reading read(FieldDef field, Input in) {
        return Reading.ok(in.text());
    }

    @Override
    public final boolean has(Trait trait) {
        return traits.contains(trait);
    }
}
