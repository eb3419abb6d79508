package org.formdesk.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Severity;

/**
 * The values of one record and everything derived from them. A change to one field re-reads that
 * field and recomputes only the computed fields, requirements and checks that depend on it.
 * Single-threaded by design: the screen and the command line each own their state.
 */
public final class FormState implements CheckScope {
    private final Engine engine;
    private final Form form;
    private final FieldRules rules;
    private final CheckEvaluator checkEvaluator;
    private final Reasons reasons = new Reasons(this);
    private final Map<String, Object> raw = new HashMap<>();
    private final Map<String, FieldRules.Reading> readings = new HashMap<>();
    private final Map<String, Computed> computed = new HashMap<>();
    private final Map<String, List<String>> errors = new HashMap<>();
    private final CheckTally checks = new CheckTally();
    private final Map<String, TableRows.Result> rowResults = new HashMap<>();
    private long statusVersion;

    FormState(Engine engine) {
        this.engine = engine;
        this.form = engine.form();
        this.rules = new FieldRules(engine.parser(), engine.texts());
        this.checkEvaluator = new CheckEvaluator(form, engine.texts());
        recomputeAll();
    }

    public Engine engine() {
        return engine;
    }

    public Form form() {
        return form;
    }

    /** Sets a one-value field from what was typed (null or blank empties it). */
    public void set(String fieldId, String rawText) {
        setRaw(fieldId, rawText);
    }

    /** Sets a table's rows, each a map from column id to what was typed. */
    public void setRows(String fieldId, List<Map<String, String>> rows) {
        setRaw(fieldId, rows);
    }

    /**
     * Sets a field from raw input: a String for one value, a list of row maps for a table. Input of
     * the wrong shape is kept and reported as the field's error, never dropped.
     */
    public void setRaw(String fieldId, Object rawValue) {
        FieldDef field = requireField(fieldId);
        if (field.isComputed()) {
            throw new IllegalArgumentException(engine.texts().t("computed", field.label()));
        }
        store(field, rawValue);
        if (engine.triggersRows(fieldId)) {
            recomputeAll(); // row rules read this field: every row of those tables is read again
            return;
        }
        if (engine.tableRows().containsKey(fieldId)) {
            evaluateRows(fieldId);
        }
        for (String id : engine.computedAffectedBy(fieldId)) {
            recompute(id);
        }
        validate(field);
        for (String id : engine.requirementsAffectedBy(fieldId)) {
            validate(form.fields().get(id));
        }
        for (String id : engine.checksAffectedBy(fieldId)) {
            putCheck(id, checkEvaluator.evaluate(engine.checks().get(id), this));
        }
    }

    /** Replaces every value at once (a record read from a file). */
    public void load(Map<String, ?> rawValues) {
        raw.clear();
        readings.clear();
        statusVersion++;
        for (Map.Entry<String, ?> e : rawValues.entrySet()) {
            FieldDef field = form.fields().get(e.getKey());
            if (field != null && !field.isComputed()) {
                store(field, e.getValue());
            }
        }
        recomputeAll();
    }

    /** Fills every empty field that declares a default: a new record's starting point. */
    public void applyDefaults() {
        for (FieldDef field : form.fields().values()) {
            if (field.defaultValue() != null && !field.isComputed() && raw.get(field.id()) == null) {
                setRaw(field.id(), field.defaultValue());
            }
        }
    }

    private void store(FieldDef field, Object rawValue) {
        boolean had = raw.containsKey(field.id());
        if (rawValue == null || (rawValue instanceof String s && s.isBlank())
                || (rawValue instanceof List<?> l && l.isEmpty())) {
            raw.remove(field.id());
        } else {
            raw.put(field.id(), rawValue);
        }
        if (had != raw.containsKey(field.id())) {
            statusVersion++;
        }
        if (raw.containsKey(field.id())) {
            readings.put(field.id(), rules.read(field, rawValue));
        } else {
            readings.remove(field.id());
        }
    }

    private void recomputeAll() {
        checks.clear();
        for (String id : engine.computeOrder()) {
            recompute(id);
        }
        if (!engine.tableRows().isEmpty()) {
            // Rows may read computed fields, and computed fields the rows' computed cells: twice settles both.
            for (String table : engine.tableRows().keySet()) {
                evaluateRows(table);
            }
            for (String id : engine.computeOrder()) {
                recompute(id);
            }
            for (String table : engine.tableRows().keySet()) {
                evaluateRows(table);
            }
        }
        for (FieldDef field : form.fields().values()) {
            validate(field);
        }
        for (Engine.CompiledCheck c : engine.checks().values()) {
            putCheck(c.def().id(), checkEvaluator.evaluate(c, this));
        }
    }

    /** Runs a table's row rules: computed cells, per-row requirements, and each row check on each row. */
    private void evaluateRows(String tableId) {
        TableRows rules = engine.tableRows().get(tableId);
        FieldRules.Reading reading = readings.get(tableId);
        Object typed = reading == null ? null : reading.value();
        TableRows.Result result = rules.evaluate(typed instanceof List<?> l ? l : null, this, checkEvaluator,
                engine.texts());
        rowResults.put(tableId, result);
        if (checks.putRows(tableId, result.checks())) {
            statusVersion++;
        }
        validate(rules.table());
    }

    private void recompute(String id) {
        Outcome outcome = engine.computeOf(id).evaluate(this);
        Computed result = reasons.computed(form.fields().get(id), outcome);
        computed.put(id, result);
    }

    @Override
    public String labels(List<String> ids) {
        return reasons.labels(ids);
    }

    /** A field's label as a list of problems shows it, told from a same-named one ({@link Reasons#distinctLabel}). */
    public String distinctLabel(String fieldId) {
        return reasons.distinctLabel(fieldId);
    }

    @Override // a computed field that is itself empty is traced back to its own inputs (Reasons)
    public String waitingFor(List<String> missing) {
        return reasons.waitingFor(missing);
    }

    private void validate(FieldDef field) {
        if (field.isComputed()) {
            return;
        }
        List<String> found = problems(field, readings.get(field.id()));
        List<String> before = found.isEmpty() ? errors.remove(field.id()) : errors.put(field.id(), found);
        if (!found.equals(before == null ? List.of() : before)) {
            statusVersion++;
        }
    }

    /** What is wrong with the field on its own were this its reading (null: empty). */
    private List<String> problems(FieldDef field, FieldRules.Reading reading) {
        List<String> found = reading == null ? List.of() : reading.problems();
        TableRows.Result rows = rowResults.get(field.id());
        if (rows != null && !rows.errors().isEmpty()) {
            List<String> all = new ArrayList<>(found);
            all.addAll(rows.errors());
            found = all;
        }
        return (reading == null || reading.empty()) && isRequired(field) ? List.of(rules.required(field)) : found;
    }

    /** What {@link #fieldErrors} would say after {@link #set} of a one-value field, nothing set: an answer tried. */
    public List<String> errorsIf(String fieldId, String text) {
        FieldDef field = requireField(fieldId);
        return problems(field, text == null || text.isBlank() ? null : rules.read(field, text));
    }

    /** Whether the field must be filled now (its {@code requiredWhen}, if any, evaluated). */
    public boolean isRequired(FieldDef field) {
        if (field.isRequired()) {
            return true;
        }
        CompiledExpression when = engine.requiredWhenOf(field.id());
        return when != null && when.evaluate(this).isTrue();
    }

    private FieldDef requireField(String id) {
        FieldDef field = form.fields().get(id);
        if (field == null) {
            throw new IllegalArgumentException("no field '" + id + "' in form " + form.id());
        }
        return field;
    }

    /** One side of a check as its messages show it ({@link CheckEvaluator#side}). */
    public String shownSide(String expr, java.math.BigDecimal value) {
        return CheckEvaluator.side(expr, value, this);
    }

    @Override
    public Object value(String fieldId) {
        Computed c = computed.get(fieldId);
        if (c != null) {
            return c.value();
        }
        TableRows.Result rows = rowResults.get(fieldId);
        if (rows != null && rows.rows() != null) {
            return rows.rows();
        }
        FieldRules.Reading reading = readings.get(fieldId);
        return reading == null ? null : reading.value();
    }

    /** What was typed or read for the field: a String, a list of row maps, or null. */
    public Object raw(String fieldId) {
        return raw.get(fieldId);
    }

    /** Every field that holds something, in form order, as raw input. */
    public Map<String, Object> rawValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : form.fields().keySet()) {
            if (raw.containsKey(id)) {
                out.put(id, raw.get(id));
            }
        }
        return out;
    }

    /** The fields that hold something, in no particular order (a view: nothing is copied). */
    public Set<String> filledIds() {
        return Collections.unmodifiableSet(raw.keySet());
    }

    public Computed computed(String fieldId) {
        return computed.get(fieldId);
    }

    private void putCheck(String id, CheckResult result) {
        if (checks.put(id, result)) {
            statusVersion++;
        }
    }

    /**
     * A number that changes whenever a field's errors, whether a field is filled, or a check's status
     * changes (not when only values do): a view caches what it derives from those under it. Typing
     * digits into a number changes none of them.
     */
    public long statusVersion() {
        return statusVersion;
    }

    /** How many checks have this status and severity now (no list built). */
    public int checkCount(CheckStatus status, Severity severity) {
        return checks.count(status, severity);
    }

    /** The fields that have an error now (only those; a view). */
    public Set<String> fieldsWithErrors() {
        return Collections.unmodifiableSet(errors.keySet());
    }

    public List<String> fieldErrors(String fieldId) {
        return errors.getOrDefault(fieldId, List.of());
    }

    public Collection<CheckResult> checkResults() {
        return checks.all();
    }

    public CheckResult check(String checkId) {
        return checks.get(checkId);
    }

    /** Field errors and failed error-checks, in form order. */
    public List<Violation> errors() {
        return Violations.errors(this);
    }

    public List<Violation> warnings() {
        return Violations.checks(this, CheckStatus.FAILED, Severity.WARNING);
    }

    public List<Violation> pending() {
        return Violations.pending(this);
    }

    /**
     * How far the record is, in percent: required fields (those required now) that hold a valid
     * value; below 100 while any error remains, so 100 means ready to finalize.
     */
    public int progress() {
        return Violations.progress(this);
    }

    public ScoreCard scoreCard() {
        return Scoring.card(form, this);
    }

    @Override
    public FieldDef definition(String name) {
        return form.fields().get(name);
    }

    @Override
    public String shownOrNull(String name) {
        FieldDef field = form.fields().get(name);
        return field == null ? null : Display.forPeople(field, value(name), engine.texts());
    }

    /** The value as a person reads it: computed figures rounded, percentages with %, booleans in words. */
    public String shown(String fieldId) {
        FieldDef field = requireField(fieldId);
        return Display.forPeople(field, value(fieldId), engine.texts());
    }
}
