package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.SeedData;
import org.formdesk.TypesForm;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.fuzz.Bounded;
import org.formdesk.fuzz.Hostile;

/** Fuzz: each field type's parser, and a field set through the engine, with hostile text. Tries: jqwik.tries.default. */
class FieldParserFuzz {
    @Provide
    Arbitrary<FieldDef> fields() {
        List<FieldDef> all = new ArrayList<>(TypesForm.engine().form().fields().values());
        all.add(SeedData.form().field("budget_execution.score").orElseThrow());
        for (FieldType t : FieldType.values()) {
            assertThat(all).as("a field of type " + t).anyMatch(f -> f.type() == t);
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> text() {
        return Hostile.text();
    }

    @Property
    void everyFieldTypesParserAnswersEveryText(@ForAll("fields") FieldDef field, @ForAll("text") String text) {
        Parsed p = Bounded.call(() -> TypesForm.engine().parser().parse(field, text));
        assertThat(p).isNotNull();
        if (p.hasError()) {
            assertThat(p.error()).isNotBlank().doesNotContain("Exception", "java.");
        }
    }

    @Property
    void theEngineTakesEveryTextInEveryField(@ForAll("fields") FieldDef field, @ForAll("text") String text) {
        Bounded.run(() -> {
            Engine engine = field.id().equals("budget_execution.score") ? SeedData.engine() : TypesForm.engine();
            FormState state = engine.newState();
            if (field.isComputed()) {
                return; // computed fields are never typed into (set refuses them by contract)
            }
            if (field.type() == FieldType.TABLE) {
                state.setRows(field.id(), List.of(java.util.Map.of("item", text, "amount", text)));
            } else {
                state.set(field.id(), text);
            }
            state.errors();
            state.scoreCard();
        });
    }
}
