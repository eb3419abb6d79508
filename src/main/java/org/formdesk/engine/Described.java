package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * EvalEx functions and operators described in code rather than by annotations. EvalEx's own classes read
 * their parameters, precedence and associativity from annotations when they are made, and the first
 * annotation read of each kind makes a proxy class at run time: the most expensive part of compiling a form
 * in a cold JVM, and a JVM's start-up cache cannot hold those classes. Parsing needs only the description;
 * the EvalEx object that does the work is made at the first evaluation ({@code DescribedTest} holds each
 * description to the EvalEx class it stands for).
 */
final class Described {
    private Described() {
    }

    /** Makes the EvalEx function or operator a description stands for, by its name. */
    interface Maker<T> {
        T made(String name);
    }

    /** A parameter as EvalEx's {@code @FunctionParameter} would give it. */
    static FunctionParameterDefinition parameter(String name, boolean varArg, boolean lazy) {
        return FunctionParameterDefinition.builder().name(name).isVarArg(varArg).isLazy(lazy).nonZero(false)
                .nonNegative(false).build();
    }

    /** One of formdesk's own functions: its parameters given here, no annotations, nothing to check before it runs. */
    abstract static class Function implements FunctionIfc {
        private final List<FunctionParameterDefinition> parameters;
        private final boolean varArgs;

        Function(FunctionParameterDefinition... parameters) {
            this.parameters = List.of(parameters);
            this.varArgs = parameters.length > 0 && parameters[parameters.length - 1].isVarArg();
        }

        /** A function of named values, the last one repeated when {@code varArg}. */
        Function(boolean varArg, String... names) {
            this(definitions(varArg, names));
        }

        private static FunctionParameterDefinition[] definitions(boolean varArg, String... names) {
            List<FunctionParameterDefinition> out = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                out.add(parameter(names[i], varArg && i == names.length - 1, false));
            }
            return out.toArray(new FunctionParameterDefinition[0]);
        }

        @Override
        public List<FunctionParameterDefinition> getFunctionParameterDefinitions() {
            return parameters;
        }

        @Override
        public void validatePreEvaluation(Token token, EvaluationValue... parameterValues) throws EvaluationException {
            // No parameter is declared non-zero or non-negative.
        }

        @Override
        public boolean hasVarArgs() {
            return varArgs;
        }
    }

    /** An EvalEx function described here and made at its first evaluation by {@code made}. */
    static final class DeferredFunction extends Function {
        private final String name;
        private final Maker<FunctionIfc> maker;

        DeferredFunction(String name, Maker<FunctionIfc> maker, FunctionParameterDefinition... parameters) {
            super(parameters);
            this.name = name;
            this.maker = maker;
        }

        @Override
        public void validatePreEvaluation(Token token, EvaluationValue... parameterValues) throws EvaluationException {
            maker.made(name).validatePreEvaluation(token, parameterValues);
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... parameterValues)
                throws EvaluationException {
            return maker.made(name).evaluate(expression, token, parameterValues);
        }
    }

    /** An EvalEx operator described here and made at its first evaluation by {@code made}. */
    static final class DeferredOperator implements OperatorIfc {
        private final String name;
        private final Maker<OperatorIfc> maker;
        private final boolean prefix;
        private final int precedence;
        private final boolean leftAssociative;
        private final boolean operandLazy;
        private final boolean power;

        private DeferredOperator(String name, Maker<OperatorIfc> maker, boolean prefix, int precedence, boolean leftAssociative,
                                 boolean operandLazy, boolean power) {
            this.name = name;
            this.maker = maker;
            this.prefix = prefix;
            this.precedence = precedence;
            this.leftAssociative = leftAssociative;
            this.operandLazy = operandLazy;
            this.power = power;
        }

        static DeferredOperator prefix(String name, Maker<OperatorIfc> maker, boolean leftAssociative) {
            return new DeferredOperator(name, maker, true, OPERATOR_PRECEDENCE_UNARY, leftAssociative, false, false);
        }

        static DeferredOperator infix(String name, Maker<OperatorIfc> maker, int precedence) {
            return new DeferredOperator(name, maker, false, precedence, true, false, false);
        }

        static DeferredOperator lazyInfix(String name, Maker<OperatorIfc> maker, int precedence) {
            return new DeferredOperator(name, maker, false, precedence, true, true, false);
        }

        /** The power operator: right-associative, its precedence the configuration's. */
        static DeferredOperator power(String name, Maker<OperatorIfc> maker) {
            return new DeferredOperator(name, maker, false, OPERATOR_PRECEDENCE_POWER, false, false, true);
        }

        @Override
        public int getPrecedence() {
            return precedence;
        }

        @Override
        public int getPrecedence(ExpressionConfiguration configuration) {
            return power ? configuration.getPowerOfPrecedence() : precedence;
        }

        @Override
        public boolean isLeftAssociative() {
            return leftAssociative;
        }

        @Override
        public boolean isPrefix() {
            return prefix;
        }

        @Override
        public boolean isPostfix() {
            return false;
        }

        @Override
        public boolean isInfix() {
            return !prefix;
        }

        @Override
        public boolean isOperandLazy() {
            return operandLazy;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            return maker.made(name).evaluate(expression, token, operands);
        }
    }
}
