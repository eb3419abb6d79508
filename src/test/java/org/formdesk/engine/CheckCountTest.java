package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Severity;
import org.junit.jupiter.api.Test;

/** The counts FormState keeps as checks re-run agree with its checks, and fieldsWithErrors with fieldErrors. */
class CheckCountTest {
    @Test
    void countsFollowEveryChange() throws Exception {
        Engine engine = Engine.of(new FormLoader().loadBundled(FormLoader.DEFAULT_FORM));
        FormState state = engine.newState();
        agree(state);
        int i = 0;
        for (FieldDef f : engine.form().fields().values()) {
            if (f.isComputed() || f.type() != FieldType.MONEY) {
                continue;
            }
            state.set(f.id(), i % 3 == 0 ? "" : i % 3 == 1 ? String.valueOf(100 + i) : "not a number");
            agree(state);
            i++;
        }
        state.load(state.rawValues());
        agree(state);
    }

    @Test
    void typingDigitsIntoANumberLeavesTheStatusVersion() throws Exception {
        FormState state = org.formdesk.SeedData.exampleState();
        String id = state.form().fields().values().stream()
                .filter(f -> !f.isComputed() && f.type() == FieldType.MONEY).findFirst().orElseThrow().id();
        state.set(id, "1");
        long version = state.statusVersion();
        state.set(id, "12");
        state.set(id, "123");
        state.set(id, "12");
        assertThat(state.statusVersion()).isEqualTo(version);
        state.set(id, "12x");
        assertThat(state.statusVersion()).as("a field error appeared").isNotEqualTo(version);
    }

    private static void agree(FormState state) {
        for (CheckStatus status : CheckStatus.values()) {
            for (Severity severity : Severity.values()) {
                long expected = state.checkResults().stream()
                        .filter(r -> r.status() == status && r.severity() == severity).count();
                assertThat(state.checkCount(status, severity)).as(status + " " + severity).isEqualTo((int) expected);
            }
        }
        for (String id : state.form().fields().keySet()) {
            assertThat(state.fieldsWithErrors().contains(id)).as(id).isEqualTo(!state.fieldErrors(id).isEmpty());
        }
    }
}
