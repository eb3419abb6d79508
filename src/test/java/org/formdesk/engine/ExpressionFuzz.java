package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.fuzz.Bounded;
import org.formdesk.fuzz.Hostile;

/**
 * Fuzz: the expression compiler and evaluator. An expression either compiles or is refused with a
 * ParseException; a compiled one evaluates to an Outcome with any field values. Nothing else escapes,
 * nothing hangs, and every number it gives stays within the bounds. Tries: jqwik.tries.default.
 */
class ExpressionFuzz {
    private static final Set<String> FIELDS = Set.of("a", "b", "n", "items", "items.amount", "flag", "day");

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "n", "items.amount", "flag", "day", "unknown", "x.y"),
                Arbitraries.of("0", "1", "2", "0.5", "100", "999999999", "1e999999999", "1E-999999999", "0x7fffffff",
                        "12345678901234567890123456789012345678901234567890123456789012345678901234567890", "-1"),
                Arbitraries.of("+", "-", "*", "/", "^", "%", "=", "==", "!=", "<>", "<", "<=", ">", ">=", "&&", "||", "!"),
                Arbitraries.of("(", ")", ",", "(", ")"),
                Arbitraries.of("SUM(", "COUNT(", "MIN(", "MAX(", "ABS(", "ROUND(", "IF(", "ISEMPTY(", "DATE(", "FLOOR(",
                        "CEILING(", "FACT(", "RANDOM(", "DT_NOW(", "STR_MATCHES(", "STR_FORMAT(", "SQRT(", "AVERAGE("),
                Arbitraries.of("\"", "\"aaa\"", "\"((a+)+)+$\"", "true", "false", "null", "PI", " ", "\u001b", "中"));
        Arbitrary<String> built = token.list().ofMinSize(1).ofMaxSize(40).map(t -> String.join("", t));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).flatMap(depth ->
                Arbitraries.of("-", "(", "ABS(", "-+").map(open -> open.repeat(depth) + "a"
                        + (open.contains("(") ? ")".repeat(depth) : "")));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, built), net.jqwik.api.Tuple.of(1, nested), net.jqwik.api.Tuple.of(2, Hostile.text()));
    }

    @Provide
    Arbitrary<Map<String, Object>> values() {
        Arbitrary<Object> number = Arbitraries.oneOf(
                Arbitraries.bigDecimals().ofScale(4).map(d -> (Object) d),
                Arbitraries.of(new BigDecimal("999999999"), new BigDecimal("1E+99"), new BigDecimal("-1E+99"),
                        new BigDecimal("1E-99"), BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("100")));
        Arbitrary<Object> any = Arbitraries.oneOf(number, Arbitraries.of(true, false, "文本", java.time.LocalDate.of(2021, 12, 31)),
                number.list().ofMaxSize(5).map(l -> (Object) l.stream().map(x -> Map.of("amount", x)).toList()));
        return Arbitraries.maps(Arbitraries.of("a", "b", "n", "items", "flag", "day"), any.injectNull(0.2)).ofMaxSize(6)
                .map(HashMap::new);
    }

    @Property
    void compilingEitherSucceedsOrIsRefusedAndEvaluatingAlwaysGivesAnOutcome(@ForAll("expressions") String source,
                                                                         @ForAll("values") Map<String, Object> values) {
        Bounded.run(() -> {
            CompiledExpression e;
            try {
                e = CompiledExpression.compile(source, FIELDS);
            } catch (ParseException refused) {
                assertThat(refused.getMessage()).isNotNull().doesNotContain("\n");
                return;
            }
            Outcome o = e.evaluate(values::get);
            assertThat(o).isNotNull();
            if (o.number() != null) {
                assertThat((long) o.number().precision() - o.number().scale()).isLessThanOrEqualTo(ExpressionBounds.MAX_DIGITS);
            }
        });
    }

    @Property
    void theSameInputsGiveTheSameOutcome(@ForAll("expressions") String source, @ForAll("values") Map<String, Object> values) {
        Bounded.run(() -> {
            CompiledExpression e;
            try {
                e = CompiledExpression.compile(source, FIELDS);
            } catch (ParseException refused) {
                return;
            }
            Outcome first = e.evaluate(values::get);
            Outcome again = CompiledExpression.compile(source, FIELDS).evaluate(values::get);
            assertThat(String.valueOf(again.number())).isEqualTo(String.valueOf(first.number()));
            assertThat(again.failure()).isEqualTo(first.failure());
            assertThat(List.copyOf(again.missing())).isEqualTo(List.copyOf(first.missing()));
        });
    }
}
