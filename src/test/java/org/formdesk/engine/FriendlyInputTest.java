package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.formdesk.TypesForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Years and dates as officers write them on paper. */
class FriendlyInputTest {
    private final InputParser parser = TypesForm.engine().parser();

    private Parsed parse(String fieldId, String raw) {
        return parser.parse(TypesForm.field(fieldId), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年2月8号", "2022.02.08", "2022-2-8", "二〇二二年二月八日", "2022年2月8日", "二〇二二.二.八"})
    void datesWrittenTheChineseWayAreRead(String raw) {
        Parsed p = parse("day", raw);
        assertThat(p.error()).as(raw).isNull();
        assertThat(p.value()).isEqualTo(LocalDate.of(2022, 2, 8));
    }

    @Test
    void monthsAndDaysWithTenAreRead() {
        assertThat(parse("day", "二〇二一年十二月二十八日").value()).isEqualTo(LocalDate.of(2021, 12, 28));
        assertThat(parse("day", "二〇二一年十月十日").value()).isEqualTo(LocalDate.of(2021, 10, 10));
    }

    @Test
    void aYearInChineseDigitsIsANumber() {
        assertThat(parse("count", "二〇二一").value()).isEqualTo(new BigDecimal("2021"));
        assertThat(parse("count", "二零二一").value()).isEqualTo(new BigDecimal("2021"));
    }

    @Test
    void aRefusedWholeNumberGivesAnExample() {
        assertThat(parse("count", "很多").error()).contains("例如 2021");
    }

    @Test
    void aFailedLessOrEqualCheckSaysSoInsteadOfNotEqual() {
        assertThat(Display.operator("<=")).isEqualTo("≤");
        assertThat(Display.operator(">=")).isEqualTo("≥");
        assertThat(Display.operator("!=")).isEqualTo("≠");
        assertThat(Display.operator("==")).isEqualTo("=");
    }
}
