package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** The functions a form needs beyond EvalEx's own: sums and counts over table columns, emptiness, dates. */
final class ExpressionFunctions {
    private ExpressionFunctions() {
    }

    /** SUM of numbers and lists of numbers (a table column is a list). */
    static class Sum extends Described.Function {
        Sum() {
            super(true, "value");
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
                throws EvaluationException {
            BigDecimal sum = BigDecimal.ZERO;
            for (EvaluationValue arg : args) {
                sum = sum.add(add(expression, token, arg));
            }
            return EvaluationValue.numberValue(sum);
        }

        private static BigDecimal add(Expression expression, Token token, EvaluationValue v) throws EvaluationException {
            if (v.isArrayValue()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (EvaluationValue item : v.getArrayValue()) {
                    sum = sum.add(add(expression, token, item));
                }
                return sum;
            }
            if (!v.isNumberValue()) {
                throw new EvaluationException(token, "SUM takes numbers");
            }
            return v.getNumberValue();
        }
    }

    /** COUNT of a list's items (a table's rows, a column's values) or of its arguments. */
    static final class Count extends Described.Function {
        Count() {
            super(true, "value");
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
            long n = 0;
            for (EvaluationValue arg : args) {
                n += arg.isArrayValue() ? arg.getArrayValue().size() : arg.isNullValue() ? 0 : 1;
            }
            return EvaluationValue.numberValue(BigDecimal.valueOf(n));
        }
    }

    static final class IsEmpty extends Described.Function {
        IsEmpty() {
            super(false, "value");
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
            EvaluationValue v = args[0];
            boolean empty = v.isNullValue()
                    || (v.isStringValue() && v.getStringValue().isEmpty())
                    || (v.isArrayValue() && v.getArrayValue().isEmpty());
            return EvaluationValue.booleanValue(empty);
        }
    }

    /** DATE(y, m, d) as a day number, the same scale date fields are given in. */
    static final class Date extends Described.Function {
        Date() {
            super(false, "year", "month", "day");
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
                throws EvaluationException {
            try {
                LocalDate date = LocalDate.of(args[0].getNumberValue().intValueExact(),
                        args[1].getNumberValue().intValueExact(), args[2].getNumberValue().intValueExact());
                return EvaluationValue.numberValue(BigDecimal.valueOf(date.toEpochDay()));
            } catch (ArithmeticException | DateTimeException e) {
                throw new EvaluationException(token, "DATE needs a valid year, month and day");
            }
        }
    }

    /**
     * MET(target, actual): whether an actual value written as text ("98%", "52个") meets a target written with
     * its sign ("≥98%", "≤90万元", "=100%"; no sign: at least). Compares the first number of each as written;
     * false when either has no number, so a target in words ("效果明显") is never called met or missed.
     */
    static final class Met extends Described.Function {
        Met() {
            super(false, "target", "actual");
        }

        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args) {
            String target = text(args[0]);
            String actual = text(args[1]);
            BigDecimal want = first(target);
            BigDecimal got = first(actual);
            if (want == null || got == null) {
                return EvaluationValue.booleanValue(false);
            }
            int cmp = got.compareTo(want);
            String t = Normalizer.figure(target);
            boolean met;
            if (t.startsWith("≤") || t.startsWith("<=") || t.startsWith("＜=") || t.startsWith("不高于")
                    || t.startsWith("不超过") || t.startsWith("不多于") || t.endsWith("以内") || t.endsWith("以下")) {
                met = cmp <= 0;
            } else if (t.startsWith("<") || t.startsWith("＜") || t.startsWith("低于") || t.startsWith("少于")) {
                met = cmp < 0;
            } else if (t.startsWith(">") && !t.startsWith(">=") || t.startsWith("＞") || t.startsWith("高于")
                    || t.startsWith("超过")) {
                met = cmp > 0;
            } else if (t.startsWith("=") || t.startsWith("＝")) {
                met = cmp == 0;
            } else {
                met = cmp >= 0;
            }
            return EvaluationValue.booleanValue(met);
        }

        private static String text(EvaluationValue v) {
            if (v == null || v.isNullValue()) {
                return "";
            }
            return v.isNumberValue() ? v.getNumberValue().toPlainString() : v.getStringValue();
        }

        private static BigDecimal first(String text) {
            java.util.regex.Matcher m = NUMBER.matcher(Normalizer.figure(text).replace(",", ""));
            return m.find() ? new BigDecimal(m.group()) : null;
        }
    }

    /**
     * SUMIF and COUNTIF in the dictionary, so that they are known names; a call is read before EvalEx sees the
     * expression ({@link org.formdesk.form.RowAggregates}), so this runs only if that reading was bypassed.
     */
    static final class RowAggregate extends Sum {
        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... args)
                throws EvaluationException {
            throw new EvaluationException(token, "SUMIF and COUNTIF take a table's id first");
        }
    }
}
