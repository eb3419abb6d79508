package org.formdesk.form.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** Round trips of the number kinds on exact figures: what is written reads back to the same number. */
class NumberKindProperties {

    @Provide
    Arbitrary<FieldDef> numbers() {
        return Arbitraries.of(FieldType.INTEGER, FieldType.MONEY, FieldType.DECIMAL, FieldType.SCORE)
                .map(t -> EachKindTest.field(t, null));
    }

    /** A non-negative figure with no more places than the field takes. */
    private static BigDecimal figure(FieldDef f, long unscaled, int places) {
        return BigDecimal.valueOf(unscaled, Math.min(places, f.scaleOrDefault()));
    }

    @Property
    void canonicalTextReadsBackToTheSameNumber(@ForAll("numbers") FieldDef f,
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 999_999_999_999L) long unscaled,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int places) {
        BigDecimal v = figure(f, unscaled, places);
        String text = f.kind().canonical(f, v);
        assertThat(EachKindTest.value(f, text)).isEqualTo(v);
        for (char c : text.toCharArray()) {
            assertThat(f.kind().admits(f, c)).as("%s typed in %s", c, text).isTrue();
        }
    }

    @Property
    void displayIsTheFigureRoundedHalfUpToTheFieldsRound(@ForAll("numbers") FieldDef f,
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 999_999_999_999L) long unscaled,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int places) {
        BigDecimal v = figure(f, unscaled, places);
        BigDecimal shown = new BigDecimal(f.kind().display(f, v));
        assertThat(shown.scale()).isEqualTo(f.roundOrDefault());
        BigDecimal half = BigDecimal.ONE.movePointLeft(f.roundOrDefault()).divide(BigDecimal.valueOf(2));
        assertThat(shown.subtract(v).compareTo(half)).isLessThanOrEqualTo(0); // half-up: never below by half
        assertThat(v.subtract(shown).compareTo(half)).isLessThan(0);
    }

    @Property
    void aPercentageTypedReadsAsItsRatioAndShowsAsTyped(
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 99_999) long hundredths) {
        FieldDef f = EachKindTest.field(FieldType.PERCENT, null);
        BigDecimal typed = BigDecimal.valueOf(hundredths, 2);
        BigDecimal ratio = (BigDecimal) EachKindTest.value(f, typed.toPlainString() + "%");
        assertThat(ratio).isEqualByComparingTo(typed.divide(BigDecimal.valueOf(100)));
        String canonical = f.kind().canonical(f, ratio);
        assertThat(canonical).isEqualTo(typed.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%");
        assertThat((BigDecimal) EachKindTest.value(f, canonical)).isEqualByComparingTo(ratio);
    }
}
