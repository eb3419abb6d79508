package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Functions and operators held to {@link ExpressionBounds} while they run: an exponent or a count of places
 * that comes from a field is checked before it is used, and every number made is checked after. (EvalEx walks
 * the tree in private methods, so the operators and functions are the places to hook; {@link
 * OnDemandDictionaries} hands out only these.) A step out of bounds throws {@link OutOfBounds}, which
 * {@link CompiledExpression} turns into a reason.
 */
final class Bounded {
    private Bounded() {
    }

    /** A number, an exponent or a count of places beyond the bounds. */
    static final class OutOfBounds extends EvaluationException {
        private static final long serialVersionUID = 1L;

        OutOfBounds(Token token) {
            super(token, Outcome.TOO_LARGE);
        }
    }

    /** The value, with its places cut to the bounds; throws when it is too large. */
    static EvaluationValue bounded(Token token, EvaluationValue v) throws OutOfBounds {
        if (v == null || !v.isNumberValue()) {
            return v;
        }
        BigDecimal n = v.getNumberValue();
        if (ExpressionBounds.outOfRange(n)) {
            throw new OutOfBounds(token);
        }
        if (n.scale() > ExpressionBounds.MAX_PLACES) {
            // Checked before setScale: rounding 1E-999999999 to 100 places would build a billion-digit divisor.
            if ((long) n.precision() - n.scale() < -ExpressionBounds.MAX_PLACES) {
                return EvaluationValue.numberValue(BigDecimal.ZERO);
            }
            return EvaluationValue.numberValue(n.setScale(ExpressionBounds.MAX_PLACES, RoundingMode.HALF_UP));
        }
        return v;
    }

    /** The function, held to the bounds; ROUND's count of places is checked too. */
    static FunctionIfc function(String name, FunctionIfc f) {
        return new BoundedFunction(f, "ROUND".equalsIgnoreCase(name));
    }

    /** The operator, held to the bounds; the exponent of an infix ^ is checked too. */
    static OperatorIfc operator(String name, OperatorIfc op, boolean infix) {
        return new BoundedOperator(op, infix && "^".equals(name));
    }

    /** What a bounded function or operator wraps (for tests that compare it with EvalEx's). */
    static Object inner(Object bounded) {
        return bounded instanceof BoundedFunction f ? f.inner() : bounded instanceof BoundedOperator o ? o.inner() : bounded;
    }

    /** A function held to the bounds; ROUND's count of places checked before it runs. */
    private record BoundedFunction(FunctionIfc inner, boolean round) implements FunctionIfc {

        @Override
        public List<FunctionParameterDefinition> getFunctionParameterDefinitions() {
            return inner.getFunctionParameterDefinitions();
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
                throws EvaluationException {
            if (round && args.length == 2 && args[1].isNumberValue()
                    && !ExpressionBounds.placesAllowed(args[1].getNumberValue())) {
                throw new OutOfBounds(token);
            }
            return bounded(token, inner.evaluate(expression, token, args));
        }

        @Override
        public void validatePreEvaluation(Token token, EvaluationValue... args) throws EvaluationException {
            inner.validatePreEvaluation(token, args);
        }

        @Override
        public boolean hasVarArgs() {
            return inner.hasVarArgs();
        }

        @Override
        public boolean isParameterLazy(int parameterIndex) {
            return inner.isParameterLazy(parameterIndex);
        }

        @Override
        public int getCountOfNonVarArgParameters() {
            return inner.getCountOfNonVarArgParameters();
        }
    }

    /** An operator held to the bounds; the exponent of ^ checked before it runs. */
    private record BoundedOperator(OperatorIfc inner, boolean power) implements OperatorIfc {

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            if (power && operands.length == 2 && operands[0].isNumberValue() && operands[1].isNumberValue()) {
                BigDecimal n = operands[1].getNumberValue();
                if (!ExpressionBounds.exponentAllowed(n)
                        || ExpressionBounds.powerOutOfRange(operands[0].getNumberValue(), n.intValueExact())) {
                    throw new OutOfBounds(token);
                }
            }
            return bounded(token, inner.evaluate(expression, token, operands));
        }

        @Override
        public int getPrecedence() {
            return inner.getPrecedence();
        }

        @Override
        public boolean isLeftAssociative() {
            return inner.isLeftAssociative();
        }

        @Override
        public boolean isPrefix() {
            return inner.isPrefix();
        }

        @Override
        public boolean isPostfix() {
            return inner.isPostfix();
        }

        @Override
        public boolean isInfix() {
            return inner.isInfix();
        }

        @Override
        public int getPrecedence(ExpressionConfiguration configuration) {
            return inner.getPrecedence(configuration);
        }

        @Override
        public boolean isOperandLazy() {
            return inner.isOperandLazy();
        }
    }
}
