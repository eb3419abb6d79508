package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.parser.ParseException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which inputs an expression tests with ISEMPTY, so that a reason it waits does not ask for them. */
class MayBeEmptyTest {
    @Test
    void onlyAnIdStandingAloneInIsEmptyCounts() throws ParseException {
        CompiledExpression e = CompiledExpression.compile(
                "IF(ISEMPTY( reason ), 0, amount) + IF(isempty(Other), 1, 0) + IF(ISEMPTY(ab), 1, 0)",
                Set.of("reason", "amount", "other", "ab", "a"));
        assertThat(e.mayBeEmpty("reason")).isTrue();
        assertThat(e.mayBeEmpty("other")).isTrue();   // in any case, as before
        assertThat(e.mayBeEmpty("ab")).isTrue();
        assertThat(e.mayBeEmpty("a")).isFalse();      // a prefix of an id is not that id
        assertThat(e.mayBeEmpty("amount")).isFalse(); // read, but never tested for emptiness
        // asked again: the same answers
        assertThat(e.mayBeEmpty("reason")).isTrue();
        assertThat(e.mayBeEmpty("amount")).isFalse();
    }
}
