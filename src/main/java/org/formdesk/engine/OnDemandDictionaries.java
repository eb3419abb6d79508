package org.formdesk.engine;

import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.functions.FunctionIfc;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documented EvalEx functions and EvalEx's standard operators, each made when an expression first
 * names it. EvalEx's own dictionaries make all 74 functions and 19 operators up front, each reading its
 * annotations by reflection: most of the time {@code fill} spent compiling the form before its first
 * paint. Same names, same classes ({@code OnDemandDictionariesTest} compares them with EvalEx's).
 */
final class OnDemandDictionaries {
    private OnDemandDictionaries() {
    }

    /**
     * The functions a form may call: the EvalEx ones the form format documents, made here, plus those added
     * with {@code withAdditionalFunctions}. Nothing else is reachable, so a form cannot read the clock, draw
     * random numbers or run EvalEx's string and regular-expression functions: a form is deterministic and
     * every function it can call is bounded. {@code DocumentedFunctionsTest} keeps this list and the
     * documentation's the same.
     */
    static final class Functions implements FunctionDictionaryIfc {
        static final String[] DOCUMENTED_EVALEX = {"ABS", "CEILING", "FLOOR", "IF", "MAX", "MIN", "ROUND"};
        // Case-insensitive, as EvalEx's dictionary is.
        private final Map<String, FunctionIfc> made = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, FunctionIfc> added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        @Override
        public synchronized void addFunction(String name, FunctionIfc function) {
            added.put(name, function);
            made.put(name, function);
        }

        @Override
        public synchronized FunctionIfc getFunction(String name) {
            FunctionIfc f = made.get(name);
            if (f == null) {
                f = documented(name);
                if (f != null) {
                    made.put(name, f);
                }
            }
            return f;
        }

        @Override
        public synchronized Set<String> getAvailableFunctionNames() {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(java.util.Arrays.asList(DOCUMENTED_EVALEX));
            names.addAll(added.keySet());
            return names;
        }

        @Override
        public synchronized Set<FunctionIfc> getAvailableFunctions() {
            Set<FunctionIfc> all = new java.util.HashSet<>();
            for (String name : getAvailableFunctionNames()) {
                all.add(getFunction(name));
            }
            return all;
        }

        private static FunctionIfc documented(String name) {
            for (String c : DOCUMENTED_EVALEX) {
                if (String.CASE_INSENSITIVE_ORDER.compare(c, name) == 0) {
                    return switch (c) {
                        case "ABS" -> new AbsFunction();
                        case "CEILING" -> new CeilingFunction();
                        case "FLOOR" -> new FloorFunction();
                        case "IF" -> new IfFunction();
                        case "MAX" -> new MaxFunction();
                        case "MIN" -> new MinFunction();
                        default -> new RoundFunction();
                    };
                }
            }
            return null;
        }
    }

    /** All of EvalEx's standard operators; none is added. */
    static final class Operators implements OperatorDictionaryIfc {
        static final Set<String> PREFIX = Set.of("!", "+", "-");
        static final Set<String> INFIX = Set.of("+", "-", "*", "/", "^", "%", "=", "==", "!=", "<>", "<", "<=", ">", ">=",
                "&&", "||");
        private final Map<String, OperatorIfc> prefix = new HashMap<>();
        private final Map<String, OperatorIfc> infix = new HashMap<>();

        @Override
        public void addOperator(String name, OperatorIfc operator) {
            throw new UnsupportedOperationException("the standard operators only");
        }

        @Override
        public synchronized OperatorIfc getPrefixOperator(String name) {
            return made(prefix, PREFIX, name, true);
        }

        @Override
        public OperatorIfc getPostfixOperator(String name) {
            return null;
        }

        @Override
        public synchronized OperatorIfc getInfixOperator(String name) {
            return made(infix, INFIX, name, false);
        }

        /** The operator, made the first time it is asked for (no lambda: this runs before the first paint). */
        private static OperatorIfc made(Map<String, OperatorIfc> made, Set<String> known, String name, boolean prefix) {
            OperatorIfc op = made.get(name);
            if (op == null && known.contains(name)) {
                op = prefix ? newPrefix(name) : newInfix(name);
                made.put(name, op);
            }
            return op;
        }

        @Override
        public Set<String> getAvailablePrefixOperatorNames() {
            return PREFIX;
        }

        @Override
        public Set<String> getAvailablePostfixOperatorNames() {
            return Set.of();
        }

        @Override
        public Set<String> getAvailableInfixOperatorNames() {
            return INFIX;
        }

        @Override
        public synchronized Set<OperatorIfc> getAvailablePrefixOperators() {
            return Set.copyOf(PREFIX.stream().map(this::getPrefixOperator).toList());
        }

        @Override
        public Set<OperatorIfc> getAvailablePostfixOperators() {
            return Set.of();
        }

        @Override
        public synchronized Set<OperatorIfc> getAvailableInfixOperators() {
            return Set.copyOf(INFIX.stream().map(this::getInfixOperator).toList());
        }

        private static OperatorIfc newPrefix(String name) {
            return switch (name) {
                case "!" -> new PrefixNotOperator();
                case "+" -> new PrefixPlusOperator();
                default -> new PrefixMinusOperator();
            };
        }

        private static OperatorIfc newInfix(String name) {
            return switch (name) {
                case "+" -> new InfixPlusOperator();
                case "-" -> new InfixMinusOperator();
                case "*" -> new InfixMultiplicationOperator();
                case "/" -> new InfixDivisionOperator();
                case "^" -> new InfixPowerOfOperator();
                case "%" -> new InfixModuloOperator();
                case "=", "==" -> new InfixEqualsOperator();
                case "!=", "<>" -> new InfixNotEqualsOperator();
                case "<" -> new InfixLessOperator();
                case "<=" -> new InfixLessEqualsOperator();
                case ">" -> new InfixGreaterOperator();
                case ">=" -> new InfixGreaterEqualsOperator();
                case "&&" -> new InfixAndOperator();
                default -> new InfixOrOperator();
            };
        }
    }
}
