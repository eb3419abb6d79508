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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
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
        /**
         * By the name as an expression spells it, each function bounded ({@link Bounded}). Asked on every call
         * an expression makes, so read without a lock; two threads that miss at once each make one, alike.
         */
        private final Map<String, FunctionIfc> byName = new ConcurrentHashMap<>();
        /** Added ones by their name in capitals: names are case-insensitive, as in EvalEx's dictionary. */
        private final Map<String, FunctionIfc> added = new ConcurrentHashMap<>();

        @Override
        public void addFunction(String name, FunctionIfc function) {
            added.put(name.toUpperCase(Locale.ROOT), Bounded.function(name, function));
            byName.clear();
        }

        @Override
        public FunctionIfc getFunction(String name) {
            FunctionIfc f = byName.get(name);
            if (f == null) {
                String key = name.toUpperCase(Locale.ROOT);
                f = added.get(key);
                if (f == null) {
                    FunctionIfc made = documented(key);
                    f = made == null ? null : Bounded.function(key, made);
                }
                if (f != null) {
                    byName.put(name, f);
                }
            }
            return f;
        }

        @Override
        public Set<String> getAvailableFunctionNames() {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(java.util.Arrays.asList(DOCUMENTED_EVALEX));
            names.addAll(added.keySet());
            return names;
        }

        @Override
        public Set<FunctionIfc> getAvailableFunctions() {
            Set<FunctionIfc> all = new java.util.HashSet<>();
            for (String name : getAvailableFunctionNames()) {
                all.add(getFunction(name));
            }
            return all;
        }

        private static FunctionIfc documented(String name) {
            for (String c : DOCUMENTED_EVALEX) {
                if (c.equals(name)) {
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
        /** Made and bounded ({@link Bounded}) when first asked for; read without a lock, as the functions are. */
        private final Map<String, OperatorIfc> prefix = new ConcurrentHashMap<>();
        private final Map<String, OperatorIfc> infix = new ConcurrentHashMap<>();

        @Override
        public void addOperator(String name, OperatorIfc operator) {
            throw new UnsupportedOperationException("the standard operators only");
        }

        @Override
        public OperatorIfc getPrefixOperator(String name) {
            return made(prefix, PREFIX, name, true);
        }

        @Override
        public OperatorIfc getPostfixOperator(String name) {
            return null;
        }

        @Override
        public OperatorIfc getInfixOperator(String name) {
            return made(infix, INFIX, name, false);
        }

        /** The operator, made the first time it is asked for (no lambda: this runs before the first paint). */
        private static OperatorIfc made(Map<String, OperatorIfc> made, Set<String> known, String name, boolean prefix) {
            OperatorIfc op = made.get(name);
            if (op == null && known.contains(name)) {
                op = Bounded.operator(name, prefix ? newPrefix(name) : newInfix(name), !prefix);
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
        public Set<OperatorIfc> getAvailablePrefixOperators() {
            return Set.copyOf(PREFIX.stream().map(this::getPrefixOperator).toList());
        }

        @Override
        public Set<OperatorIfc> getAvailablePostfixOperators() {
            return Set.of();
        }

        @Override
        public Set<OperatorIfc> getAvailableInfixOperators() {
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
