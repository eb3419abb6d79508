package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dictionaries that make functions and operators on demand answer exactly as EvalEx's own do, each bounded. */
class OnDemandDictionariesTest {
    private static final ExpressionConfiguration EVALEX = ExpressionConfiguration.defaultConfiguration();

    @Test
    void everyDocumentedEvalExFunctionIsTheSameClassUnderTheSameNames() {
        FunctionDictionaryIfc theirs = EVALEX.getFunctionDictionary();
        for (String name : OnDemandDictionaries.Functions.DOCUMENTED_EVALEX) {
            for (String spelling : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
                OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
                assertThat(ours.getFunction(spelling)).as(spelling).isNotNull();
                assertThat(Bounded.inner(ours.getFunction(spelling)).getClass()).as(spelling).isEqualTo(theirs.getFunction(name).getClass());
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
        assertThat(Bounded.inner(ours.getFunction("Round")).getClass()).isEqualTo(EVALEX.getFunctionDictionary().getFunction("ROUND").getClass());
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
            assertThat(Bounded.inner(ours.getPrefixOperator(name)).getClass()).as(name).isEqualTo(theirs.getPrefixOperator(name).getClass());
        }
        for (String name : theirs.getAvailableInfixOperatorNames()) {
            assertThat(Bounded.inner(ours.getInfixOperator(name)).getClass()).as(name).isEqualTo(theirs.getInfixOperator(name).getClass());
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
