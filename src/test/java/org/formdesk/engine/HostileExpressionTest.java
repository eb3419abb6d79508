package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ezylang.evalex.parser.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Issue 13 finding 4: a hostile form cannot freeze a session, crash it, or reach functions the docs do not
 * list. The timeouts only stop a hang from stalling the build; they are far above what any of this takes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileExpressionTest {
    private static final Set<String> FIELDS = Set.of("amount", "n", "places");

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"RANDOM()", "DT_NOW()", "FACT(5)", "FACT(100000000)", "STR_FORMAT(\"%s\", 1)",
            "STR_MATCHES(\"aaa\", \"((a+)+)+$\")", "SQRT(4)", "DT_DATE_NEW(2020, 1, 1)", "amount + random()"})
    void undocumentedFunctionsAreRefusedByName(String source) {
        assertThatThrownBy(() -> CompiledExpression.compile(source, FIELDS))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("not one of the form functions");
    }

    @Test
    void aHugeLiteralExponentIsRefusedWhenTheFormIsRead() {
        assertThatThrownBy(() -> CompiledExpression.compile("amount^999999999", FIELDS))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("exponent");
    }

    @Test
    void twentyThousandPrefixMinusSignsGiveOneLineNotAStackOverflow() {
        String source = "-".repeat(20_000) + "amount";
        assertThatThrownBy(() -> CompiledExpression.compile(source, FIELDS))
                .isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(200));
    }

    @Test
    void aLongRunOfSignsWithinTheLengthLimitIsRefusedForItsDepth() {
        String source = "-+".repeat(1_900) + "amount";
        assertThatThrownBy(() -> CompiledExpression.compile(source, FIELDS))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("nests deeper");
    }

    /** Found by ExpressionFuzz at 57,109 cases: text + number writes the number out in full. */
    @Test
    void aTinyLiteralThatWouldBeWrittenOutInABillionDigitsIsRefused() {
        assertThatThrownBy(() -> CompiledExpression.compile("1E-999999999+\"aaa\"", FIELDS))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("decimal places");
    }

    @Test
    void deepParenthesesAreRefused() {
        String source = "(".repeat(5_000) + "amount" + ")".repeat(5_000);
        assertThatThrownBy(() -> CompiledExpression.compile(source, FIELDS)).isInstanceOf(ParseException.class);
    }

    @Test
    void anExponentFromAFieldFailsWithAReasonInsteadOfHanging() throws Exception {
        CompiledExpression e = CompiledExpression.compile("amount ^ n", FIELDS);
        Outcome o = e.evaluate(values(Map.of("amount", new java.math.BigDecimal("1.5"),
                "n", new java.math.BigDecimal("999999999"))));
        assertThat(o.isValue()).isFalse();
        assertThat(o.failure()).isEqualTo(Outcome.TOO_LARGE);
        Outcome fine = e.evaluate(values(Map.of("amount", new java.math.BigDecimal("1.5"), "n", java.math.BigDecimal.TEN)));
        assertThat(fine.number()).isEqualByComparingTo("57.6650390625");
    }

    @Test
    void roundPlacesFromAFieldAreBounded() throws Exception {
        CompiledExpression e = CompiledExpression.compile("ROUND(amount, places)", FIELDS);
        Outcome o = e.evaluate(values(Map.of("amount", java.math.BigDecimal.ONE,
                "places", new java.math.BigDecimal("999999999"))));
        assertThat(o.isValue()).isFalse();
        assertThat(o.failure()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void productsThatOutgrowTheDigitLimitFail() throws Exception {
        CompiledExpression e = CompiledExpression.compile("amount * amount * amount * amount", FIELDS);
        Outcome o = e.evaluate(values(Map.of("amount", new java.math.BigDecimal("1e40"))));
        assertThat(o.failure()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void lintNamesEveryHostileExpressionWithItsPlace() throws Exception {
        String yaml = """
                id: hostile
                version: "1"
                title: Hostile
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: amount, label: 金额, type: money}
                      - {id: a, label: A, type: money, compute: amount^999999999}
                      - {id: b, label: B, type: money, compute: FACT(100000000)}
                      - {id: c, label: C, type: money, compute: RANDOM()}
                      - id: d
                        label: D
                        type: money
                        compute: %s amount
                """.formatted("-".repeat(20_000));
        Form form = new FormLoader().read("hostile.yaml", yaml.getBytes(StandardCharsets.UTF_8)).form();
        List<Problem> problems = Engine.expressionProblems(form);
        assertThat(problems).hasSize(4);
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(9, 10, 11, 15);
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n").hasSizeLessThan(300));
        assertThatThrownBy(() -> Engine.of(form)).isInstanceOf(FormFileException.class);
    }

    @Test
    void aCatastrophicPatternIsMatchedInLinearTime() throws Exception {
        String yaml = """
                id: pat
                version: "1"
                title: Pat
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: code, label: 编码, type: text, pattern: "((a+)+)+$"}
                """;
        Engine engine = Engine.of(new FormLoader().load("pat.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        FormState state = engine.newState();
        state.set("code", "a".repeat(40) + "!");
        assertThat(state.fieldErrors("code")).hasSize(1);
        state.set("code", "aaaa");
        assertThat(state.fieldErrors("code")).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"(a)\\\\1", "(?=a)a", "a(?!b)", "(?<=x)y"})
    void lintRefusesPatternsWithoutALinearTimeMatcher(String pattern) {
        String yaml = """
                id: pat
                version: "1"
                title: Pat
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: code, label: 编码, type: text, pattern: "%s"}
                """.formatted(pattern);
        FormLoader.Result r = new FormLoader().read("pat.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(8);
            assertThat(p.message()).contains("pattern");
        });
    }

    private static ValueSource values(Map<String, Object> m) {
        return m::get;
    }
}
