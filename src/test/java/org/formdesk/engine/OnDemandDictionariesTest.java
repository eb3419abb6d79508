package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.operators.OperatorIfc;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The dictionaries that describe functions and operators in code answer exactly as EvalEx's own do: the same
 * names, the same descriptions (what parsing reads), and the same results.
 */
class OnDemandDictionariesTest {
    private static void assertSameDescription(String name, FunctionIfc ours, FunctionIfc theirs) {
        assertThat(ours.getFunctionParameterDefinitions()).as(name).isEqualTo(theirs.getFunctionParameterDefinitions());
        assertThat(ours.hasVarArgs()).as(name).isEqualTo(theirs.hasVarArgs());
        assertThat(ours.getCountOfNonVarArgParameters()).as(name).isEqualTo(theirs.getCountOfNonVarArgParameters());
        for (int i = 0; i < 4; i++) {
            assertThat(ours.isParameterLazy(i)).as(name + " " + i).isEqualTo(theirs.isParameterLazy(i));
        }
    }

    private static void assertSameDescription(String name, OperatorIfc ours, OperatorIfc theirs) {
        ExpressionConfiguration higherPower = ExpressionConfiguration.builder()
                .powerOfPrecedence(OperatorIfc.OPERATOR_PRECEDENCE_POWER_HIGHER).build();
        assertThat(ours.getPrecedence()).as(name).isEqualTo(theirs.getPrecedence());
        assertThat(ours.getPrecedence(EVALEX)).as(name).isEqualTo(theirs.getPrecedence(EVALEX));
        assertThat(ours.getPrecedence(higherPower)).as(name).isEqualTo(theirs.getPrecedence(higherPower));
        assertThat(ours.isLeftAssociative()).as(name).isEqualTo(theirs.isLeftAssociative());
        assertThat(ours.isOperandLazy()).as(name).isEqualTo(theirs.isOperandLazy());
        assertThat(List.of(ours.isPrefix(), ours.isInfix(), ours.isPostfix())).as(name)
                .isEqualTo(List.of(theirs.isPrefix(), theirs.isInfix(), theirs.isPostfix()));
    }

    @Test
    void everyOperatorAndFunctionGivesEvalExsResults() throws Exception {
        ExpressionConfiguration ours = ExpressionConfiguration.builder()
                .functionDictionary(new OnDemandDictionaries.Functions())
                .operatorDictionary(new OnDemandDictionaries.Operators()).build();
        for (String e : new String[] {"-2 + 3 * 4 - 10 / 4 % 3", "2 ^ 3 ^ 2", "-2 ^ 2", "+5 - -5", "!(1 < 2) || 3 >= 3 && 2 <= 1",
                "1 = 1 && 1 == 1 && 1 != 2 && 1 <> 2 && 2 > 1", "ABS(-1.5) + CEILING(1.2) + FLOOR(1.8) + ROUND(2.345, 2)",
                "IF(1 > 2, 1 / 0, MAX(1, 7, 3) - MIN(4, 2))", "\"a\" + 1"}) {
            assertThat(new Expression(e, ours).evaluate()).as(e).isEqualTo(new Expression(e, EVALEX).evaluate());
        }
    }
    private static final ExpressionConfiguration EVALEX = ExpressionConfiguration.defaultConfiguration();

    @Test
    void everyDocumentedEvalExFunctionIsTheSameClassUnderTheSameNames() {
        FunctionDictionaryIfc theirs = EVALEX.getFunctionDictionary();
        for (String name : OnDemandDictionaries.Functions.DOCUMENTED_EVALEX) {
            for (String spelling : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
                OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
                assertThat(ours.getFunction(spelling)).as(spelling).isNotNull();
                assertSameDescription(spelling, ours.getFunction(spelling), theirs.getFunction(name));
            }
        }
        OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
        assertThat(ours.hasFunction("NO_SUCH_FUNCTION")).isFalse();
        assertThat(ours.getAvailableFunctionNames()).containsExactlyInAnyOrder(OnDemandDictionaries.Functions.DOCUMENTED_EVALEX);
    }

    @Test
    void undocumentedEvalExFunctionsAreNotThere() {
        OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
        for (String name : new String[] {"RANDOM", "DT_NOW", "FACT", "STR_FORMAT", "STR_MATCHES", "SQRT", "AVERAGE", "NOT"}) {
            assertThat(EVALEX.getFunctionDictionary().hasFunction(name)).as(name).isTrue();
            assertThat(ours.hasFunction(name)).as(name).isFalse();
        }
    }

    @Test
    void anAddedFunctionTakesTheNameOverInAnySpelling() {
        OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
        ExpressionFunctions.Sum sum = new ExpressionFunctions.Sum();
        ours.addFunction("SUM", sum);
        assertThat(Bounded.inner(ours.getFunction("sum"))).isSameAs(sum);
        assertSameDescription("Round", ours.getFunction("Round"), EVALEX.getFunctionDictionary().getFunction("ROUND"));
        assertThat(Bounded.inner(ours.getFunction("SUM"))).isSameAs(sum);
        assertThat(ours.getAvailableFunctionNames()).contains("SUM");
    }

    @Test
    void theOperatorsAreEvalExsStandardOnes() {
        OperatorDictionaryIfc theirs = EVALEX.getOperatorDictionary();
        OnDemandDictionaries.Operators ours = new OnDemandDictionaries.Operators();
        assertThat(ours.getAvailablePrefixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailablePrefixOperatorNames());
        assertThat(ours.getAvailablePostfixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailablePostfixOperatorNames());
        assertThat(ours.getAvailableInfixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailableInfixOperatorNames());
        for (String name : theirs.getAvailablePrefixOperatorNames()) {
            assertSameDescription("prefix " + name, ours.getPrefixOperator(name), theirs.getPrefixOperator(name));
        }
        for (String name : theirs.getAvailableInfixOperatorNames()) {
            assertSameDescription("infix " + name, ours.getInfixOperator(name), theirs.getInfixOperator(name));
        }
        assertThat(ours.hasInfixOperator("&")).isFalse();
        assertThat(ours.hasPrefixOperator("*")).isFalse();
    }

    @Test
    void everyFunctionAndOperatorHandedOutIsBounded() {
        OnDemandDictionaries.Functions functions = new OnDemandDictionaries.Functions();
        functions.addFunction("SUM", new ExpressionFunctions.Sum());
        for (String name : functions.getAvailableFunctionNames()) {
            assertThat(functions.getFunction(name)).as(name).isNotSameAs(Bounded.inner(functions.getFunction(name)));
        }
        OnDemandDictionaries.Operators operators = new OnDemandDictionaries.Operators();
        for (String name : operators.getAvailableInfixOperatorNames()) {
            assertThat(operators.getInfixOperator(name)).as(name).isNotSameAs(Bounded.inner(operators.getInfixOperator(name)));
        }
    }
}
