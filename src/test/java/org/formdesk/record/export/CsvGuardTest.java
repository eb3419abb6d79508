package org.formdesk.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13 finding 11: the formula guard also sees the full-width signs and what hides before a sign. */
class CsvGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"＝1+1", "＋86", "－3", "＠SUM(A1)", "\ufeff=1+1", "\u200b=1+1", "\u200b\u200b+1",
            "\u2060@x", " \ufeff-1+1", "﹦1", "−5"})
    void hiddenAndFullWidthFormulaStartsAreGuarded(String cell) {
        assertThat(Csv.guard(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "12.5", "示范区", "a=b", "1＋1"})
    void ordinaryCellsAreLeftAlone(String cell) {
        assertThat(Csv.guard(cell)).isEqualTo(cell);
    }
}
