package org.formdesk.engine;

import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixModuloOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixAndOperator;
import com.ezylang.evalex.operators.booleans.InfixEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.operators.booleans.InfixNotEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixOrOperator;
import com.ezylang.evalex.operators.booleans.PrefixNotOperator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.formdesk.engine.Described.DeferredFunction;
import org.formdesk.engine.Described.DeferredOperator;
import java.util.TreeSet;

/**
 * The documented EvalEx functions and EvalEx's standard operators, described in code ({@link Described}) and
 * made by EvalEx only when an expression first evaluates one. EvalEx's own dictionaries make all 74 functions
 * and 19 operators up front, each reading its annotations by reflection: most of the time {@code fill} spent
 * compiling the form before its first paint. Same names, same behaviour ({@code OnDemandDictionariesTest}
 * and {@code DescribedTest} compare them with EvalEx's).
 */
final class OnDemandDictionaries {
    private OnDemandDictionaries() {
    }

    /**
     * The functions a form may call: the EvalEx ones the form format documents, plus those added with
     * {@code withAdditionalFunctions}. Nothing else is reachable, so a form cannot read the clock, draw
     * random numbers or run EvalEx's string and regular-expression functions: a form is deterministic and
     * every function it can call is bounded. {@code DocumentedFunctionsTest} keeps this list and the
     * documentation's the same.
     */
    static final class Functions implements FunctionDictionaryIfc {
        static final String[] DOCUMENTED_EVALEX = {"ABS", "CEILING", "FLOOR", "IF", "MAX", "MIN", "ROUND"};
        // Case-insensitive, as EvalEx's dictionary is. Filled once, while the configuration is built.
        private final Map<String, FunctionIfc> functions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Functions() {
            FunctionParameterDefinition value = Described.parameter("value", false, false);
            FunctionParameterDefinition first = Described.parameter("firstValue", false, false);
            FunctionParameterDefinition more = Described.parameter("value", true, false);
            put("ABS", new DeferredFunction("ABS", MADE, value));
            put("CEILING", new DeferredFunction("CEILING", MADE, value));
            put("FLOOR", new DeferredFunction("FLOOR", MADE, value));
            put("IF", new DeferredFunction("IF", MADE, Described.parameter("condition", false, false),
                    Described.parameter("resultIfTrue", false, true), Described.parameter("resultIfFalse", false, true)));
            put("MAX", new DeferredFunction("MAX", MADE, first, more));
            put("MIN", new DeferredFunction("MIN", MADE, first, more));
            put("ROUND", new DeferredFunction("ROUND", MADE, value, Described.parameter("scale", false, false)));
        }

        @Override
        public synchronized void addFunction(String name, FunctionIfc function) {
            put(name, function);
        }

        /** Every function is held to the bounds while it runs ({@link Bounded}). */
        private void put(String name, FunctionIfc function) {
            functions.put(name, Bounded.function(name, function));
        }

        @Override
        public synchronized FunctionIfc getFunction(String name) {
            return functions.get(name);
        }

        @Override
        public synchronized Set<String> getAvailableFunctionNames() {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(functions.keySet());
            return names;
        }

        @Override
        public synchronized Set<FunctionIfc> getAvailableFunctions() {
            return Set.copyOf(new java.util.HashSet<>(functions.values()));
        }

        private static final Described.Maker<FunctionIfc> MADE = new FunctionMaker();

        private static final class FunctionMaker implements Described.Maker<FunctionIfc> {
            @Override
            public FunctionIfc made(String name) {
                return switch (name) {
                    case "ABS" -> Made.ABS;
                    case "CEILING" -> Made.CEILING;
                    case "FLOOR" -> Made.FLOOR;
                    case "IF" -> Made.IF;
                    case "MAX" -> Made.MAX;
                    case "MIN" -> Made.MIN;
                    default -> Made.ROUND;
                };
            }
        }

        /** EvalEx's functions themselves, made (annotations read) when the first of them runs. */
        private static final class Made {
            static final FunctionIfc ABS = new AbsFunction();
            static final FunctionIfc CEILING = new CeilingFunction();
            static final FunctionIfc FLOOR = new FloorFunction();
            static final FunctionIfc IF = new IfFunction();
            static final FunctionIfc MAX = new MaxFunction();
            static final FunctionIfc MIN = new MinFunction();
            static final FunctionIfc ROUND = new RoundFunction();

            private Made() {
            }
        }
    }

    /** All of EvalEx's standard operators; none is added. */
    static final class Operators implements OperatorDictionaryIfc {
        private final Map<String, OperatorIfc> prefix;
        private final Map<String, OperatorIfc> infix;

        Operators() {
            prefix = bounded(false, Map.of(
                    "!", DeferredOperator.prefix("!", PREFIX_MADE, true),
                    "+", DeferredOperator.prefix("+", PREFIX_MADE, false),
                    "-", DeferredOperator.prefix("-", PREFIX_MADE, false)));
            Map<String, OperatorIfc> in = new java.util.HashMap<>();
            in.put("+", DeferredOperator.infix("+", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_ADDITIVE));
            in.put("-", DeferredOperator.infix("-", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_ADDITIVE));
            in.put("*", DeferredOperator.infix("*", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE));
            in.put("/", DeferredOperator.infix("/", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE));
            in.put("^", DeferredOperator.power("^", INFIX_MADE));
            in.put("%", DeferredOperator.infix("%", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE));
            OperatorIfc equals = DeferredOperator.infix("==", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_EQUALITY);
            in.put("=", equals);
            in.put("==", equals);
            OperatorIfc notEquals = DeferredOperator.infix("!=", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_EQUALITY);
            in.put("!=", notEquals);
            in.put("<>", notEquals);
            in.put("<", DeferredOperator.infix("<", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_COMPARISON));
            in.put("<=", DeferredOperator.infix("<=", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_COMPARISON));
            in.put(">", DeferredOperator.infix(">", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_COMPARISON));
            in.put(">=", DeferredOperator.infix(">=", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_COMPARISON));
            in.put("&&", DeferredOperator.lazyInfix("&&", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_AND));
            in.put("||", DeferredOperator.lazyInfix("||", INFIX_MADE, OperatorIfc.OPERATOR_PRECEDENCE_OR));
            infix = bounded(true, in);
        }

        /** Every operator is held to the bounds while it runs ({@link Bounded}). */
        private static Map<String, OperatorIfc> bounded(boolean infix, Map<String, OperatorIfc> operators) {
            Map<String, OperatorIfc> out = new java.util.HashMap<>();
            for (Map.Entry<String, OperatorIfc> e : operators.entrySet()) {
                out.put(e.getKey(), Bounded.operator(e.getKey(), e.getValue(), infix));
            }
            return Map.copyOf(out);
        }

        @Override
        public void addOperator(String name, OperatorIfc operator) {
            throw new UnsupportedOperationException("the standard operators only");
        }

        @Override
        public OperatorIfc getPrefixOperator(String name) {
            return prefix.get(name);
        }

        @Override
        public OperatorIfc getPostfixOperator(String name) {
            return null;
        }

        @Override
        public OperatorIfc getInfixOperator(String name) {
            return infix.get(name);
        }

        @Override
        public Set<String> getAvailablePrefixOperatorNames() {
            return prefix.keySet();
        }

        @Override
        public Set<String> getAvailablePostfixOperatorNames() {
            return Set.of();
        }

        @Override
        public Set<String> getAvailableInfixOperatorNames() {
            return infix.keySet();
        }

        @Override
        public Set<OperatorIfc> getAvailablePrefixOperators() {
            return Set.copyOf(prefix.values());
        }

        @Override
        public Set<OperatorIfc> getAvailablePostfixOperators() {
            return Set.of();
        }

        @Override
        public Set<OperatorIfc> getAvailableInfixOperators() {
            return Set.copyOf(new java.util.HashSet<>(infix.values()));
        }

        private static final Described.Maker<OperatorIfc> PREFIX_MADE = new PrefixMaker();
        private static final Described.Maker<OperatorIfc> INFIX_MADE = new InfixMaker();

        private static final class PrefixMaker implements Described.Maker<OperatorIfc> {
            @Override
            public OperatorIfc made(String name) {
                return switch (name) {
                    case "!" -> Made.NOT;
                    case "+" -> Made.PLUS;
                    default -> Made.MINUS;
                };
            }
        }

        private static final class InfixMaker implements Described.Maker<OperatorIfc> {
            @Override
            public OperatorIfc made(String name) {
                return switch (name) {
                    case "+" -> Made.ADD;
                    case "-" -> Made.SUBTRACT;
                    case "*" -> Made.MULTIPLY;
                    case "/" -> Made.DIVIDE;
                    case "^" -> Made.POWER;
                    case "%" -> Made.MODULO;
                    case "==" -> Made.EQUALS;
                    case "!=" -> Made.NOT_EQUALS;
                    case "<" -> Made.LESS;
                    case "<=" -> Made.LESS_EQUALS;
                    case ">" -> Made.GREATER;
                    case ">=" -> Made.GREATER_EQUALS;
                    case "&&" -> Made.AND;
                    default -> Made.OR;
                };
            }
        }

        /** EvalEx's operators themselves, made (annotations read) when the first of them runs. */
        private static final class Made {
            static final OperatorIfc NOT = new PrefixNotOperator();
            static final OperatorIfc PLUS = new PrefixPlusOperator();
            static final OperatorIfc MINUS = new PrefixMinusOperator();
            static final OperatorIfc ADD = new InfixPlusOperator();
            static final OperatorIfc SUBTRACT = new InfixMinusOperator();
            static final OperatorIfc MULTIPLY = new InfixMultiplicationOperator();
            static final OperatorIfc DIVIDE = new InfixDivisionOperator();
            static final OperatorIfc POWER = new InfixPowerOfOperator();
            static final OperatorIfc MODULO = new InfixModuloOperator();
            static final OperatorIfc EQUALS = new InfixEqualsOperator();
            static final OperatorIfc NOT_EQUALS = new InfixNotEqualsOperator();
            static final OperatorIfc LESS = new InfixLessOperator();
            static final OperatorIfc LESS_EQUALS = new InfixLessEqualsOperator();
            static final OperatorIfc GREATER = new InfixGreaterOperator();
            static final OperatorIfc GREATER_EQUALS = new InfixGreaterEqualsOperator();
            static final OperatorIfc AND = new InfixAndOperator();
            static final OperatorIfc OR = new InfixOrOperator();

            private Made() {
            }
        }
    }
}
