package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.formdesk.SeedData;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/**
 * A state changed field by field (recomputing only what each change touches) is the same as a fresh
 * state loaded with the same raw values (recomputing everything).
 */
class IncrementalRecomputeProperties {

    /** One edit: a value for a one-value field, or rows for a table. */
    record Change(String field, Object raw) {
    }

    private static final List<FieldDef> INPUTS = SeedData.form().fields().values().stream()
            .filter(f -> !f.isComputed()).toList();

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> numbers = Arbitraries.bigDecimals().between(new java.math.BigDecimal("-100"),
                new java.math.BigDecimal("50000")).ofScale(2).map(d -> d.stripTrailingZeros().toPlainString());
        Arbitrary<String> small = Arbitraries.integers().between(-2, 25).map(String::valueOf);
        Arbitrary<String> special = Arbitraries.of("", "0", "0.0", "16", "13.5", "13.3", "17", "abc", "２２",
                "1,431.98万元", "2022-02-08", "2021-06-30", "0354-3368795", "是", "原因", "−1800", "\u001b[2J");
        return Arbitraries.oneOf(numbers, small, special);
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<Change> scalar = Combinators.combine(
                Arbitraries.of(INPUTS.stream().filter(f -> f.type() != FieldType.TABLE).map(FieldDef::id).toList()),
                values()).as(Change::new);
        Arbitrary<List<Map<String, String>>> rows = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(5),
                        values())
                .as((item, amount) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("item", item);
                    row.put("amount", amount);
                    return row;
                }).list().ofMaxSize(4);
        Arbitrary<Change> table = Combinators.combine(
                Arbitraries.of(INPUTS.stream().filter(f -> f.type() == FieldType.TABLE).map(FieldDef::id).toList()),
                rows).as((id, r) -> new Change(id, r));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, scalar),
                net.jqwik.api.Tuple.of(1, table));
    }

    @Property(tries = 150)
    void incrementalEqualsFull(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("changes") Change> edits,
                               @ForAll boolean fromExample) {
        Engine engine = SeedData.engine();
        FormState incremental = fromExample ? SeedData.exampleState() : engine.newState();
        for (Change c : edits) {
            if (c.raw() instanceof String s) {
                incremental.set(c.field(), s);
            } else {
                incremental.setRaw(c.field(), c.raw());
            }
        }
        FormState full = engine.newState();
        full.load(incremental.rawValues());
        assertSame(incremental, full);
    }

    /** Views cache what they derive from errors, filled fields and check statuses under statusVersion(). */
    @Property(tries = 150)
    void statusVersionMovesWheneverAStatusDoes(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("changes") Change> edits,
                                               @ForAll boolean fromExample) {
        FormState state = fromExample ? SeedData.exampleState() : SeedData.engine().newState();
        for (Change c : edits) {
            Object before = statuses(state);
            long version = state.statusVersion();
            state.setRaw(c.field(), c.raw());
            if (!statuses(state).equals(before)) {
                assertThat(state.statusVersion()).as("after %s", c).isNotEqualTo(version);
            }
        }
    }

    private static Object statuses(FormState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : state.form().fields().keySet()) {
            out.put(id, List.of(state.raw(id) != null, state.fieldErrors(id)));
        }
        state.checkResults().forEach(r -> out.put("check " + r.id(), r.status()));
        return out;
    }

    static void assertSame(FormState a, FormState b) {
        assertThat(a.rawValues()).isEqualTo(b.rawValues());
        for (FieldDef f : SeedData.form().fields().values()) {
            String id = f.id();
            assertThat(a.value(id)).as("value of %s", id).isEqualTo(b.value(id));
            assertThat(a.computed(id)).as("computed %s", id).isEqualTo(b.computed(id));
            assertThat(a.fieldErrors(id)).as("errors of %s", id).isEqualTo(b.fieldErrors(id));
            assertThat(a.isRequired(f)).as("required %s", id).isEqualTo(b.isRequired(f));
            assertThat(a.shown(id)).as("shown %s", id).isEqualTo(b.shown(id));
        }
        assertThat(new ArrayList<>(a.checkResults())).isEqualTo(new ArrayList<>(b.checkResults()));
        assertThat(a.errors()).isEqualTo(b.errors());
        assertThat(a.warnings()).isEqualTo(b.warnings());
        assertThat(a.pending()).isEqualTo(b.pending());
        assertThat(a.scoreCard()).isEqualTo(b.scoreCard());
    }
}
