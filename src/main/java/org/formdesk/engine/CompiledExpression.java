package org.formdesk.engine;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.ExpressionText;
import org.formdesk.form.FieldDef;
import org.formdesk.form.RowAggregates;

/**
 * One expression of a form, parsed once. References are renamed to plain variables ({@code v0}, {@code v1}…)
 * because field ids may be dotted and EvalEx would read a dot as structure access. The fields it reads are
 * known at once (the engine's dependency graph needs them); EvalEx's parse of a form the build has already
 * parsed and checked (a compiled bundled form) waits for the first evaluation that needs it: a new draft's
 * first screen evaluates almost none, and EvalEx's first parse is much of a cold start.
 */
public final class CompiledExpression {
    /**
     * The configuration every form expression is read with, made at the first parse rather than with this
     * class: EvalEx's configuration reads the time-zone database, which a compiled form's first screen never needs.
     */
    private static final class Config {
        static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
                .functionDictionary(new OnDemandDictionaries.Functions())
                .operatorDictionary(new OnDemandDictionaries.Operators())
                .arraysAllowed(false)
                .structuresAllowed(false)
                .build()
                .withAdditionalFunctions(
                        Map.entry("SUM", new ExpressionFunctions.Sum()),
                        Map.entry("COUNT", new ExpressionFunctions.Count()),
                        Map.entry("ISEMPTY", new ExpressionFunctions.IsEmpty()),
                        Map.entry("DATE", new ExpressionFunctions.Date()),
                        Map.entry("MET", new ExpressionFunctions.Met()),
                        Map.entry("SUMIF", new ExpressionFunctions.RowAggregate()),
                        Map.entry("COUNTIF", new ExpressionFunctions.RowAggregate()));
    }

    private final String source;
    private final Map<String, String> variableOf = new LinkedHashMap<>();
    private final Set<String> fieldIds = new LinkedHashSet<>();
    private final boolean seesEmpty;
    /** The text EvalEx reads, its references not yet renamed. */
    private final String outer;
    /** Parsed at construction, or at the first evaluation that needs it (guarded by this). */
    private Expression expression;
    private final List<Aggregate> aggregates = new ArrayList<>();

    /** A SUMIF or COUNTIF call: its table and its row expressions, compiled in the table's row scope. */
    private record Aggregate(String function, FieldDef table, CompiledExpression condition, CompiledExpression value) {
    }

    private CompiledExpression(String source, Set<String> knownFields, Map<String, FieldDef> tables, FieldDef rowTable,
                               boolean parseNow) throws ParseException {
        this.source = source;
        if (parseNow) {
            ExpressionBounds.checkText(source, Config.CONFIG.getFunctionDictionary());
        }
        RowAggregates.Split split = RowAggregates.split(source);
        if (!split.problems().isEmpty()) {
            throw new ParseException(0, source.length(), source, split.problems().get(0));
        }
        if (ExpressionText.hasBracket(source)) {
            throw new ParseException(0, source.length(), source, "a row cannot be picked by its number ([…]);"
                    + " write a row check, or SUMIF/COUNTIF");
        }
        for (RowAggregates.Call call : split.calls()) {
            FieldDef table = tables.get(call.table());
            if (table == null || rowTable != null) {
                throw new ParseException(0, source.length(), source, rowTable != null
                        ? call.function() + " cannot be used inside a row expression"
                        : call.function() + " needs a table's id first; '" + call.table() + "' is not a table");
            }
            CompiledExpression condition = new CompiledExpression(call.condition(), knownFields, tables, table, parseNow);
            CompiledExpression value = call.value() == null ? null
                    : new CompiledExpression(call.value(), knownFields, tables, table, parseNow);
            aggregates.add(new Aggregate(call.function(), table, condition, value));
            fieldIds.add(table.id());
            fieldIds.addAll(condition.fieldIds());
            if (value != null) {
                fieldIds.addAll(value.fieldIds());
            }
        }
        String outer = split.outer();
        if (parseNow) {
            ExpressionBounds.checkText(outer, Config.CONFIG.getFunctionDictionary());
        }
        int n = 0;
        for (String ref : ExpressionText.names(outer)) {
            variableOf.put(ref, "v" + n++);
            if (rowTable != null && rowTable.column(ref) != null) {
                continue; // the row's own cell: the table is what a change touches
            }
            String id = knownFields.contains(ref) ? ref : ref.substring(0, Math.max(0, ref.lastIndexOf('.')));
            if (!id.isEmpty()) {
                fieldIds.add(id);
            }
        }
        for (int i = 0; i < aggregates.size(); i++) {
            variableOf.put(RowAggregates.PLACEHOLDER + i, "v" + n++);
        }
        this.seesEmpty = callsIsEmpty(outer);
        this.outer = outer;
        if (parseNow) {
            this.expression = parse();
        }
    }

    /** Whether the text calls ISEMPTY (in any case): such an expression runs with empty inputs. */
    static boolean callsIsEmpty(String text) {
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        for (int at = upper.indexOf("ISEMPTY"); at >= 0; at = upper.indexOf("ISEMPTY", at + 1)) {
            int i = at + "ISEMPTY".length();
            while (i < upper.length() && " \t\n\u000B\f\r".indexOf(upper.charAt(i)) >= 0) { // regex \s
                i++;
            }
            if (i < upper.length() && upper.charAt(i) == '(') {
                return true;
            }
        }
        return false;
    }

    private Expression parse() throws ParseException {
        String renamed = ExpressionText.rewrite(outer, variableOf);
        for (int i = 0; i < aggregates.size(); i++) {
            renamed = renamed.replaceAll("\\b" + RowAggregates.PLACEHOLDER + i + "\\b",
                    variableOf.get(RowAggregates.PLACEHOLDER + i));
        }
        Expression parsed = new Expression(renamed, Config.CONFIG);
        try {
            ExpressionBounds.checkTree(parsed.getAbstractSyntaxTree());
        } catch (StackOverflowError e) {
            throw new ParseException(0, 0, "", "refused: it nests too deeply");
        } catch (RuntimeException e) {
            // EvalEx's parser fails on some misplaced brackets with a bare NoSuchElementException (found by ExpressionFuzz).
            throw new ParseException(0, 0, "", "brackets or operators out of place");
        }
        return parsed;
    }

    /**
     * Parses the expression; throws with EvalEx's own words when it does not parse, and with "refused: …"
     * when it names a function the form format does not document or goes beyond {@link ExpressionBounds}.
     */
    public static CompiledExpression compile(String source, Set<String> knownFields) throws ParseException {
        return new CompiledExpression(source, knownFields, Map.of(), null, true);
    }

    /**
     * Parses an expression that may use SUMIF/COUNTIF over the given tables; with a {@code rowTable} it is a
     * row expression, where a bare column id is the row's cell.
     */
    public static CompiledExpression compile(String source, Set<String> knownFields, Map<String, FieldDef> tables,
                                             FieldDef rowTable) throws ParseException {
        return new CompiledExpression(source, knownFields, tables, rowTable, true);
    }

    /**
     * As {@link #compile(String, Set, Map, FieldDef)} for an expression the build has parsed and checked: EvalEx
     * parses it at the first evaluation that needs it. Throws only for what is found without EvalEx.
     */
    static CompiledExpression compileChecked(String source, Set<String> knownFields, Map<String, FieldDef> tables,
                                             FieldDef rowTable) throws ParseException {
        return new CompiledExpression(source, knownFields, tables, rowTable, false);
    }

    /** The configuration every form expression is read with (its function dictionary is the allow-list). */
    static ExpressionConfiguration configuration() {
        return Config.CONFIG;
    }

    public String source() {
        return source;
    }

    /**
     * Whether the form says this field may be empty here: it is tested with {@code ISEMPTY(id)}. A reason an
     * expression waits names the other empty inputs, not these.
     */
    public boolean mayBeEmpty(String fieldId) {
        Set<String> tested = testedForEmpty;
        if (tested == null) {
            // Read once, at the first question (not when the form is read: a first screen rarely asks); a race
            // between two threads only reads it twice.
            Set<String> found = new java.util.HashSet<>();
            java.util.regex.Matcher m = ISEMPTY_OF.matcher(source);
            while (m.find()) {
                found.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            testedForEmpty = tested = found;
        }
        return tested.contains(fieldId.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code ISEMPTY(id)}, the id being what stands alone between the brackets, in any case. */
    private static final java.util.regex.Pattern ISEMPTY_OF =
            java.util.regex.Pattern.compile("(?i)ISEMPTY\\s*\\(\\s*([^\\s()]+)\\s*\\)");
    /** The ids {@link #mayBeEmpty} says yes to, lower-cased; null until first asked. */
    private volatile Set<String> testedForEmpty;

    /** The fields this expression reads (a table column counts as its table). */
    public Set<String> fieldIds() {
        return fieldIds;
    }

    /** Synchronized: the parsed expression holds its inputs while it runs, and an engine may serve several states. */
    public synchronized Outcome evaluate(ValueSource values) {
        List<String> missing = new ArrayList<>();
        EvaluationValue[] inputs = new EvaluationValue[variableOf.size()];
        int n = 0;
        for (Map.Entry<String, String> e : variableOf.entrySet()) {
            EvaluationValue v;
            if (RowAggregates.isPlaceholder(e.getKey())) {
                Outcome o = aggregate(aggregates.get(Integer.parseInt(e.getKey().substring(RowAggregates.PLACEHOLDER.length()))), values);
                if (o.failure() != null) {
                    return o;
                }
                missing.addAll(o.missing());
                v = o.value();
            } else {
                v = EvalValues.of(values, e.getKey());
                if (v == null) {
                    missing.add(values.missingRef(e.getKey()));
                }
            }
            inputs[n++] = v == null ? EvaluationValue.nullValue() : v;
        }
        if (!missing.isEmpty() && !seesEmpty) {
            return Outcome.pending(missing);
        }
        if (expression == null) {
            try {
                expression = parse();
            } catch (ParseException e) {
                return Outcome.failed(e.getMessage() == null ? "does not parse" : e.getMessage());
            }
        }
        n = 0;
        for (String variable : variableOf.values()) {
            expression.with(variable, inputs[n++]);
        }
        try {
            EvaluationValue result = expression.evaluate();
            // A field's own value returned as it is (no operator touched it) is held to the same bounds.
            if (result.isNumberValue() && ExpressionBounds.outOfRange(result.getNumberValue())) {
                return Outcome.failed(Outcome.TOO_LARGE);
            }
            if (!missing.isEmpty() && !result.isNumberValue() && !result.isBooleanValue()) {
                return Outcome.pending(missing); // an ISEMPTY expression that still ended on an empty input
            }
            return Outcome.of(result);
        } catch (Bounded.OutOfBounds e) {
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

    /**
     * A SUMIF or COUNTIF over the table's rows. A row whose condition or value needs a blank cell makes the
     * aggregate pending, naming that cell; a table with no rows gives 0.
     */
    private static Outcome aggregate(Aggregate a, ValueSource values) {
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        if (values.value(a.table().id()) instanceof List<?> rows) {
            for (int r = 0; r < rows.size(); r++) {
                if (!(rows.get(r) instanceof Map<?, ?> cells)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                RowValues row = new RowValues(values, a.table(), (Map<String, Object>) cells, r + 1);
                Outcome c = a.condition().evaluate(row);
                if (c.failure() != null) {
                    return c;
                }
                if (!c.isValue()) {
                    missing.addAll(c.missing());
                    continue;
                }
                if (!c.isTrue()) {
                    continue;
                }
                count++;
                if (a.value() != null) {
                    Outcome v = a.value().evaluate(row);
                    if (v.failure() != null) {
                        return v;
                    }
                    if (!v.isValue()) {
                        missing.addAll(v.missing());
                    } else if (v.number() == null) {
                        return Outcome.failed("SUMIF adds numbers");
                    } else {
                        sum = sum.add(v.number());
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            return Outcome.pending(missing);
        }
        return Outcome.of(EvaluationValue.numberValue(a.value() == null ? BigDecimal.valueOf(count) : sum));
    }

    @Override
    public String toString() {
        return source;
    }
}
