package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dictionaries whose every function and operator is held to {@link ExpressionBounds} while it runs: an
 * exponent or a count of places that comes from a field is checked before it is used, and every number
 * made is checked after. (EvalEx walks the tree in private methods, so the operators and functions are the
 * places to hook.) A step out of bounds throws {@link OutOfBounds}, which {@link CompiledExpression} turns
 * into a reason.
 */
final class BoundedDictionaries {
    private BoundedDictionaries() {
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

    static final class Functions implements FunctionDictionaryIfc {
        private final FunctionDictionaryIfc inner;
        private final Map<FunctionIfc, FunctionIfc> wrapped = new IdentityHashMap<>();

        Functions(FunctionDictionaryIfc inner) {
            this.inner = inner;
        }

        @Override
        public void addFunction(String name, FunctionIfc function) {
            inner.addFunction(name, function);
        }

        @Override
        public synchronized FunctionIfc getFunction(String name) {
            FunctionIfc f = inner.getFunction(name);
            if (f == null) {
                return null;
            }
            FunctionIfc w = wrapped.get(f);
            if (w == null) {
                w = new BoundedFunction(f, "ROUND".equalsIgnoreCase(name));
                wrapped.put(f, w);
            }
            return w;
        }

        @Override
        public Set<String> getAvailableFunctionNames() {
            return inner.getAvailableFunctionNames();
        }

        @Override
        public Set<FunctionIfc> getAvailableFunctions() {
            Set<FunctionIfc> all = new HashSet<>();
            for (String name : getAvailableFunctionNames()) {
                all.add(getFunction(name));
            }
            return all;
        }
    }

    static final class Operators implements OperatorDictionaryIfc {
        private final OperatorDictionaryIfc inner;
        private final Map<OperatorIfc, OperatorIfc> wrapped = new IdentityHashMap<>();

        Operators(OperatorDictionaryIfc inner) {
            this.inner = inner;
        }

        @Override
        public void addOperator(String name, OperatorIfc operator) {
            inner.addOperator(name, operator);
        }

        @Override
        public OperatorIfc getPrefixOperator(String name) {
            return wrap(inner.getPrefixOperator(name), false);
        }

        @Override
        public OperatorIfc getPostfixOperator(String name) {
            return wrap(inner.getPostfixOperator(name), false);
        }

        @Override
        public OperatorIfc getInfixOperator(String name) {
            return wrap(inner.getInfixOperator(name), "^".equals(name));
        }

        @Override
        public Set<String> getAvailablePrefixOperatorNames() {
            return inner.getAvailablePrefixOperatorNames();
        }

        @Override
        public Set<String> getAvailablePostfixOperatorNames() {
            return inner.getAvailablePostfixOperatorNames();
        }

        @Override
        public Set<String> getAvailableInfixOperatorNames() {
            return inner.getAvailableInfixOperatorNames();
        }

        private synchronized OperatorIfc wrap(OperatorIfc op, boolean power) {
            if (op == null) {
                return null;
            }
            OperatorIfc w = wrapped.get(op);
            if (w == null) {
                w = new BoundedOperator(op, power);
                wrapped.put(op, w);
            }
            return w;
        }
    }

    private static final class BoundedFunction implements FunctionIfc {
        private final FunctionIfc inner;
        private final boolean round;

        BoundedFunction(FunctionIfc inner, boolean round) {
            this.inner = inner;
            this.round = round;
        }

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

    private static final class BoundedOperator implements OperatorIfc {
        private final OperatorIfc inner;
        private final boolean power;

        BoundedOperator(OperatorIfc inner, boolean power) {
            this.inner = inner;
            this.power = power;
        }

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
