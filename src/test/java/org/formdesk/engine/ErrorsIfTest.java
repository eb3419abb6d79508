package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.formdesk.SeedData;
import org.junit.jupiter.api.Test;

/** An answer tried in the line mode: the errors it would have, as setting it would give them, with nothing set. */
class ErrorsIfTest {
    @Test
    void theErrorsATextWouldHaveAreThoseSettingItGivesAndNothingChanges() {
        FormState state = SeedData.engine().newState();
        state.set("fiscal_year", "2021");
        state.set("carryover", "1431.98");
        long version = state.statusVersion();
        String[][] answers = {{"fiscal_year", "1999"}, {"fiscal_year", "二〇二一"}, {"fiscal_year", "20x1"}, {"carryover", "-5"},
                {"carryover", "12.5 元"}, {"carryover", "1,431.98"}, {"carryover", "  "}, {"org_name", "示范区"}};
        for (String[] tried : answers) {
            List<String> asked = state.errorsIf(tried[0], tried[1]);
            assertThat(state.statusVersion()).isEqualTo(version);

            FormState set = SeedData.engine().newState();
            set.set("fiscal_year", "2021");
            set.set("carryover", "1431.98");
            set.set(tried[0], tried[1]);
            assertThat(asked).as("%s = %s", tried[0], tried[1]).isEqualTo(set.fieldErrors(tried[0]));
        }
        assertThat(state.raw("fiscal_year")).isEqualTo("2021");
        assertThat(state.errorsIf("carryover", "-5")).isNotEmpty();
        assertThat(state.errorsIf("carryover", "")).isNotEmpty(); // required: emptying it is an error too
    }
}
