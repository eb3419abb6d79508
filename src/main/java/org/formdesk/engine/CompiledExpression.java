package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.ExpressionText;

/**
 * One expression of a form, parsed once. References are renamed to plain variables ({@code v0}, {@code v1}…)
 * because field ids may be dotted and EvalEx would read a dot as structure access.
 */
public final class CompiledExpression {
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .functionDictionary(new BoundedDictionaries.Functions(new OnDemandDictionaries.Functions()))
            .operatorDictionary(new BoundedDictionaries.Operators(new OnDemandDictionaries.Operators()))
            .arraysAllowed(false)
            .structuresAllowed(false)
            .build()
            .withAdditionalFunctions(
                    Map.entry("SUM", new ExpressionFunctions.Sum()),
                    Map.entry("COUNT", new ExpressionFunctions.Count()),
                    Map.entry("ISEMPTY", new ExpressionFunctions.IsEmpty()),
                    Map.entry("DATE", new ExpressionFunctions.Date()));

    private final String source;
    private final Map<String, String> variableOf = new LinkedHashMap<>();
    private final Set<String> fieldIds = new LinkedHashSet<>();
    private final boolean seesEmpty;
    private final Expression expression;

    private CompiledExpression(String source, Set<String> knownFields) throws ParseException {
        this.source = source;
        ExpressionBounds.checkText(source, CONFIG.getFunctionDictionary());
        int n = 0;
        for (String ref : ExpressionText.names(source)) {
            variableOf.put(ref, "v" + n++);
            fieldIds.add(knownFields.contains(ref) ? ref : ref.substring(0, Math.max(0, ref.lastIndexOf('.'))));
        }
        this.seesEmpty = source.toUpperCase(java.util.Locale.ROOT).matches("(?s).*ISEMPTY\\s*\\(.*");
        this.expression = new Expression(ExpressionText.rewrite(source, variableOf), CONFIG);
        try {
            ExpressionBounds.checkTree(expression.getAbstractSyntaxTree());
        } catch (StackOverflowError e) {
            throw new ParseException(0, 0, "", "refused: it nests too deeply");
        }
    }

    /**
     * Parses the expression; throws with EvalEx's own words when it does not parse, and with "refused: …"
     * when it names a function the form format does not document or goes beyond {@link ExpressionBounds}.
     */
    public static CompiledExpression compile(String source, Set<String> knownFields) throws ParseException {
        return new CompiledExpression(source, knownFields);
    }

    /** The configuration every form expression is read with (its function dictionary is the allow-list). */
    static ExpressionConfiguration configuration() {
        return CONFIG;
    }

    public String source() {
        return source;
    }

    /** The fields this expression reads (a table column counts as its table). */
    public Set<String> fieldIds() {
        return fieldIds;
    }

    /** Synchronized: the parsed expression holds its inputs while it runs, and an engine may serve several states. */
    public synchronized Outcome evaluate(ValueSource values) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : variableOf.entrySet()) {
            EvaluationValue v = convert(values, e.getKey());
            if (v == null) {
                missing.add(e.getKey());
                v = EvaluationValue.nullValue();
            }
            expression.with(e.getValue(), v);
        }
        if (!missing.isEmpty() && !seesEmpty) {
            return Outcome.pending(missing);
        }
        try {
            return Outcome.of(expression.evaluate());
        } catch (BoundedDictionaries.OutOfBounds e) {
            return Outcome.failed(Outcome.TOO_LARGE);
        } catch (EvaluationException e) {
            if (!missing.isEmpty()) {
                return Outcome.pending(missing); // see below
            }
            String msg = e.getMessage() == null ? "" : e.getMessage();
            return Outcome.failed(msg.toLowerCase(java.util.Locale.ROOT).contains("division by zero") ? Outcome.DIV_ZERO : msg);
        } catch (ParseException | RuntimeException e) {
            // An ISEMPTY expression that still used an empty input outside ISEMPTY (SUM of an empty table)
            // waits for that input like any other expression, instead of failing with EvalEx's words.
            if (!missing.isEmpty()) {
                return Outcome.pending(missing);
            }
            // EvalEx reports some type mismatches (text in arithmetic) as runtime exceptions.
            return Outcome.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The bounds make these unreachable; should one happen all the same, a session must not end on it.
            return Outcome.failed(Outcome.TOO_LARGE);
        }
    }

    /** The EvalEx value of a reference, or null when it is empty. */
    private static EvaluationValue convert(ValueSource values, String ref) {
        Object value = values.value(ref);
        if (value == null) {
            int dot = ref.lastIndexOf('.');
            if (dot > 0 && values.value(ref.substring(0, dot)) instanceof List<?> rows) {
                return column(rows, ref.substring(dot + 1));
            }
            return null;
        }
        return scalar(value);
    }

    private static EvaluationValue column(List<?> rows, String column) {
        if (rows.isEmpty()) {
            return null;
        }
        List<EvaluationValue> cells = new ArrayList<>();
        for (Object row : rows) {
            Object cell = row instanceof Map<?, ?> m ? m.get(column) : null;
            if (cell == null) {
                return null;
            }
            cells.add(scalar(cell));
        }
        return EvaluationValue.arrayValue(cells);
    }

    private static EvaluationValue scalar(Object value) {
        if (value instanceof BigDecimal d) {
            return EvaluationValue.numberValue(d);
        }
        if (value instanceof LocalDate date) {
            return EvaluationValue.numberValue(BigDecimal.valueOf(date.toEpochDay()));
        }
        if (value instanceof Boolean b) {
            return EvaluationValue.booleanValue(b);
        }
        if (value instanceof List<?> rows) {
            if (rows.isEmpty()) {
                return null;
            }
            List<EvaluationValue> items = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                items.add(EvaluationValue.numberValue(BigDecimal.valueOf(i)));
            }
            return EvaluationValue.arrayValue(items);
        }
        return EvaluationValue.stringValue(String.valueOf(value));
    }

    @Override
    public String toString() {
        return source;
    }
}
