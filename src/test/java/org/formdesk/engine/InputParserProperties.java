package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.SeedData;
import org.formdesk.TypesForm;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

class InputParserProperties {
    private final InputParser parser = TypesForm.engine().parser();

    /** One field of every type (the score field is an indicator's). */
    @Provide
    Arbitrary<FieldDef> fields() {
        List<FieldDef> all = new ArrayList<>(TypesForm.engine().form().fields().values());
        all.add(SeedData.form().field("budget_execution.score").orElseThrow());
        all.add(SeedData.form().field("contact_phone").orElseThrow());
        for (FieldType t : FieldType.values()) {
            assertThat(all).as("a field of type " + t).anyMatch(f -> f.type() == t);
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> numberish = Arbitraries.strings()
                .withChars("0123456789.,+-−－%万元年月日/ 　１２．，\u0000\u001b\uD800\uDC00e\n\t")
                .ofMaxLength(20);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(25);
        Arbitrary<String> words = Arbitraries.of("", " ", "是", "否", "true", "火车", "汽车", "2022年2月30日",
                "9999-99-99", "99999999999999999999999999999999999999", "1e400", "-0", "0354-3368795",
                "1".repeat(5000), "\uD83D\uDE00", "\u202E");
        return Arbitraries.oneOf(numberish, unicode, words);
    }

    @Property(tries = 3000)
    void parseNeverThrowsAndGivesAValueOrAnErrorThatNamesTheField(@ForAll("fields") FieldDef field,
                                                                   @ForAll("inputs") String raw) {
        Parsed p = parser.parse(field, raw);
        assertThat(p).isNotNull();
        assertThat(p.value() != null && p.error() != null).isFalse();
        if (p.hasError()) {
            assertThat(p.error()).contains(field.label());
            if (!raw.toLowerCase(java.util.Locale.ROOT).contains("null")) {
                assertThat(p.error()).doesNotContain("null");
            }
        }
        if (p.value() instanceof String s) {
            assertThat(Normalizer.unsafe(s, true)).isNull();
        }
    }

    /** Money as people write it: plain, grouped, full-width, with the unit, with spaces. */
    @Provide
    Arbitrary<String> moneyInputs() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12"))
                .ofScale(4).map(d -> d.setScale(Math.abs(d.hashCode()) % 5, java.math.RoundingMode.DOWN));
        Arbitrary<Integer> style = Arbitraries.integers().between(0, 4);
        return Combinators.combine(amounts, style).as((d, s) -> switch (s) {
            case 0 -> d.toPlainString();
            case 1 -> String.format("%,." + d.scale() + "f", d);
            case 2 -> toFullWidth(d.toPlainString());
            case 3 -> d.toPlainString() + "万元";
            default -> " " + d.toPlainString() + " 万元 ";
        });
    }

    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : (char) c));
        return sb.toString();
    }

    @Property(tries = 1000)
    void moneyReadsBackFromItsDisplayUnchanged(@ForAll("moneyInputs") String raw) {
        FieldDef amount = TypesForm.field("amount");
        Parsed first = parser.parse(amount, raw);
        assertThat(first.error()).as(raw).isNull();
        Parsed again = parser.parse(amount, Display.entered(first.value()));
        assertThat(again.error()).isNull();
        assertThat(again.value()).isEqualTo(first.value());
    }

    @Property(tries = 500)
    void parseOfDisplayOfParseIsStableForAnyInput(@ForAll("inputs") String raw) {
        FieldDef amount = TypesForm.field("change");
        Parsed first = parser.parse(amount, raw);
        if (first.value() != null) {
            assertThat(parser.parse(amount, Display.entered(first.value())).value()).isEqualTo(first.value());
        }
    }
}
