package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dictionaries that make functions and operators on demand answer exactly as EvalEx's own do. */
class OnDemandDictionariesTest {
    private static final ExpressionConfiguration EVALEX = ExpressionConfiguration.defaultConfiguration();

    @Test
    void everyStandardFunctionIsTheSameClassUnderTheSameNames() {
        FunctionDictionaryIfc theirs = EVALEX.getFunctionDictionary();
        assertThat(theirs.getAvailableFunctionNames()).hasSizeGreaterThan(50);
        for (String name : theirs.getAvailableFunctionNames()) {
            for (String spelling : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
                OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
                assertThat(ours.getFunction(spelling)).as(spelling).isNotNull();
                assertThat(ours.getFunction(spelling).getClass()).as(spelling).isEqualTo(theirs.getFunction(name).getClass());
            }
        }
        OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
        assertThat(ours.hasFunction("NO_SUCH_FUNCTION")).isFalse();
        assertThat(ours.getAvailableFunctionNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailableFunctionNames());
    }

    @Test
    void anAddedFunctionTakesTheNameOverInAnySpelling() {
        OnDemandDictionaries.Functions ours = new OnDemandDictionaries.Functions();
        ExpressionFunctions.Sum sum = new ExpressionFunctions.Sum();
        ours.addFunction("SUM", sum);
        assertThat(ours.getFunction("sum")).isSameAs(sum);
        assertThat(ours.getFunction("Sqrt").getClass()).isEqualTo(EVALEX.getFunctionDictionary().getFunction("SQRT").getClass());
        assertThat(ours.getFunction("SUM")).isSameAs(sum);
    }

    @Test
    void theOperatorsAreEvalExsStandardOnes() {
        OperatorDictionaryIfc theirs = EVALEX.getOperatorDictionary();
        OnDemandDictionaries.Operators ours = new OnDemandDictionaries.Operators();
        assertThat(ours.getAvailablePrefixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailablePrefixOperatorNames());
        assertThat(ours.getAvailablePostfixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailablePostfixOperatorNames());
        assertThat(ours.getAvailableInfixOperatorNames()).containsExactlyInAnyOrderElementsOf(theirs.getAvailableInfixOperatorNames());
        for (String name : theirs.getAvailablePrefixOperatorNames()) {
            assertThat(ours.getPrefixOperator(name).getClass()).as(name).isEqualTo(theirs.getPrefixOperator(name).getClass());
        }
        for (String name : theirs.getAvailableInfixOperatorNames()) {
            assertThat(ours.getInfixOperator(name).getClass()).as(name).isEqualTo(theirs.getInfixOperator(name).getClass());
        }
        assertThat(ours.hasInfixOperator("&")).isFalse();
        assertThat(ours.hasPrefixOperator("*")).isFalse();
    }
}
