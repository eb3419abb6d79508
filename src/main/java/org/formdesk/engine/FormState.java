package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
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
    private final Map<String, Object> raw = new HashMap<>();
    private final Map<String, FieldRules.Reading> readings = new HashMap<>();
    private final Map<String, Computed> computed = new HashMap<>();
    private final Map<String, List<String>> errors = new HashMap<>();
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    private final Map<String, TableRows.Result> rowResults = new HashMap<>();
    private final Map<String, Set<String>> rowCheckIds = new HashMap<>();
    private long statusVersion;
    /** How many checks are in each (status, severity), kept as checks are re-run: a screen asks every key. */
    private final int[] checkCounts = new int[CheckStatus.values().length * Severity.values().length];

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
        Set<String> touched = new LinkedHashSet<>();
        touched.add(fieldId);
        for (String id : engine.computedAffectedBy(fieldId)) {
            recompute(id);
            touched.add(id);
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
        rowCheckIds.clear();
        java.util.Arrays.fill(checkCounts, 0);
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
        Set<String> now = new LinkedHashSet<>();
        for (CheckResult r : result.checks()) {
            putCheck(r.id(), r);
            now.add(r.id());
        }
        for (String old : rowCheckIds.getOrDefault(tableId, Set.of())) {
            if (!now.contains(old)) {
                removeCheck(old);
            }
        }
        rowCheckIds.put(tableId, now);
        validate(rules.table());
    }

    private void removeCheck(String id) {
        CheckResult old = checks.remove(id);
        if (old != null) {
            checkCounts[slot(old.status(), old.severity())]--;
            statusVersion++;
        }
    }

    private void recompute(String id) {
        FieldDef field = form.fields().get(id);
        Outcome outcome = engine.computeOf(id).evaluate(this);
        Computed result;
        if (outcome.number() != null) {
            BigDecimal n = outcome.number();
            result = Computed.of(field.type() == FieldType.INTEGER ? n.setScale(0, java.math.RoundingMode.HALF_UP) : n);
        } else if (outcome.isPending()) {
            result = Computed.none(waitingFor(outcome.missing()));
        } else if (Outcome.DIV_ZERO.equals(outcome.failure())) {
            result = Computed.none(engine.texts().t("divZero", zeroes(engine.computeOf(id))));
        } else if (Outcome.TOO_LARGE.equals(outcome.failure())) {
            result = Computed.none(engine.texts().t("tooLarge"));
        } else {
            result = Computed.none(engine.texts().t("evalFailed",
                    outcome.failure() == null ? "not a number" : outcome.failure()));
        }
        computed.put(id, result);
    }

    private String zeroes(CompiledExpression e) {
        List<String> zero = new ArrayList<>();
        for (String id : e.fieldIds()) {
            if (value(id) instanceof BigDecimal d && d.signum() == 0) {
                zero.add(form.label(id) + " = 0");
            }
        }
        return zero.isEmpty() ? "" : "（" + String.join("，", zero) + "）";
    }

    @Override
    public String labels(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(CellRef.is(id) ? CellRef.label(form, engine.texts(), id) : distinctLabel(baseField(id)));
        }
        return String.join("、", new LinkedHashSet<>(out));
    }

    /**
     * A field's label as a list of problems shows it: with its section's title when another field has the
     * same label (基本支出 is in both 预算收入情况 and 预算支出情况), so two entries never read alike.
     */
    public String distinctLabel(String fieldId) {
        String label = form.label(fieldId);
        if (sharedLabels == null) {
            Map<String, Integer> count = new HashMap<>();
            for (FieldDef f : form.fields().values()) {
                count.merge(f.label(), 1, Integer::sum);
            }
            Set<String> shared = new HashSet<>();
            count.forEach((l, n) -> {
                if (n > 1) {
                    shared.add(l);
                }
            });
            sharedLabels = shared;
        }
        if (!sharedLabels.contains(label)) {
            return label;
        }
        String sectionId = form.sectionOf(fieldId);
        for (var s : form.sections()) {
            if (s.id().equals(sectionId)) {
                return s.title() + "·" + label;
            }
        }
        return label;
    }

    /** Labels that more than one field has; found once, the form never changes. */
    private Set<String> sharedLabels;

    /** A table column reference ({@code items.amount}) stands for its table. */
    private String baseField(String ref) {
        int dot = ref.lastIndexOf('.');
        return form.fields().containsKey(ref) || dot < 0 ? ref : ref.substring(0, dot);
    }

    /**
     * Why an expression cannot be evaluated yet, naming the fields a person must fill or correct:
     * a computed field that is itself empty is traced back to its own inputs.
     */
    @Override
    public String waitingFor(List<String> missing) {
        Set<String> empty = new LinkedHashSet<>();
        Set<String> invalid = new LinkedHashSet<>();
        Set<String> blocked = new LinkedHashSet<>();
        trace(missing, empty, invalid, blocked, new HashSet<>());
        List<String> parts = new ArrayList<>();
        if (!empty.isEmpty()) {
            parts.add(engine.texts().t("waiting", labels(new ArrayList<>(empty))));
        }
        if (!invalid.isEmpty()) {
            parts.add(engine.texts().t("fixFirst", labels(new ArrayList<>(invalid))));
        }
        parts.addAll(blocked);
        return String.join("；", parts);
    }

    private void trace(List<String> refs, Set<String> empty, Set<String> invalid, Set<String> blocked,
                       Set<String> seen) {
        for (String ref : refs) {
            if (!seen.add(ref)) {
                continue;
            }
            if (CellRef.is(ref)) {
                int hash = ref.indexOf('#');
                int dot = ref.indexOf('.', hash);
                String table = ref.substring(0, hash);
                int row = Integer.parseInt(ref.substring(hash + 1, dot)) - 1;
                (rawCell(table, row, ref.substring(dot + 1)) ? invalid : empty).add(ref);
                continue;
            }
            if (!form.fields().containsKey(ref) && value(baseField(ref)) instanceof List<?> rows) {
                // a whole column: name its blank cells, row by row, not the table
                String table = baseField(ref);
                String column = ref.substring(table.length() + 1);
                int before = empty.size() + invalid.size();
                for (int r = 0; r < rows.size(); r++) {
                    Object cell = rows.get(r) instanceof Map<?, ?> m ? m.get(column) : null;
                    if (cell == null) {
                        (rawCell(table, r, column) ? invalid : empty).add(CellRef.of(table, r + 1, column));
                    }
                }
                if (empty.size() + invalid.size() == before) {
                    invalid.add(table);
                }
                continue;
            }
            String id = baseField(ref);
            if (!id.equals(ref) && !seen.add(id)) {
                continue;
            }
            CompiledExpression compute = engine.computeOf(id);
            if (compute != null) {
                List<String> inputs = new ArrayList<>();
                for (String dep : compute.fieldIds()) {
                    if (value(dep) == null) {
                        inputs.add(dep);
                    }
                }
                if (inputs.isEmpty()) {
                    Computed c = computed.get(id);
                    if (c != null && c.reason() != null && !c.reason().isBlank()) {
                        blocked.add(form.label(id) + "：" + c.reason()); // every input is there: say why, e.g. ÷ 0
                    } else {
                        empty.add(id);
                    }
                }
                trace(inputs, empty, invalid, blocked, seen);
            } else if (raw.get(id) != null) {
                invalid.add(id); // typed, but not readable: it needs correcting, not filling
            } else {
                empty.add(id);
            }
        }
    }

    /** Whether the row's raw input has something in that column (then a missing value is a bad one). */
    private boolean rawCell(String table, int row, String column) {
        if (raw.get(table) instanceof List<?> rows && row < rows.size() && rows.get(row) instanceof Map<?, ?> m) {
            Object cell = m.get(column);
            return cell != null && !cell.toString().isBlank();
        }
        return false;
    }

    private void validate(FieldDef field) {
        if (field.isComputed()) {
            return;
        }
        FieldRules.Reading reading = readings.get(field.id());
        List<String> found = reading == null ? List.of() : reading.problems();
        TableRows.Result rows = rowResults.get(field.id());
        if (rows != null && !rows.errors().isEmpty()) {
            List<String> all = new ArrayList<>(found);
            all.addAll(rows.errors());
            found = all;
        }
        if ((reading == null || reading.empty()) && isRequired(field)) {
            found = List.of(rules.required(field));
        }
        List<String> before = found.isEmpty() ? errors.remove(field.id()) : errors.put(field.id(), found);
        if (!found.equals(before == null ? List.of() : before)) {
            statusVersion++;
        }
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

    public Computed computed(String fieldId) {
        return computed.get(fieldId);
    }

    private void putCheck(String id, CheckResult result) {
        CheckResult old = checks.put(id, result);
        if (old == null || old.status() != result.status()) {
            statusVersion++;
        }
        if (old != null) {
            checkCounts[slot(old.status(), old.severity())]--;
        }
        checkCounts[slot(result.status(), result.severity())]++;
    }

    private static int slot(CheckStatus status, Severity severity) {
        return status.ordinal() * Severity.values().length + severity.ordinal();
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
        return checkCounts[slot(status, severity)];
    }

    /** The fields that have an error now (only those; a view). */
    public java.util.Set<String> fieldsWithErrors() {
        return Collections.unmodifiableSet(errors.keySet());
    }

    public List<String> fieldErrors(String fieldId) {
        return errors.getOrDefault(fieldId, List.of());
    }

    public Collection<CheckResult> checkResults() {
        return Collections.unmodifiableCollection(checks.values());
    }

    public CheckResult check(String checkId) {
        return checks.get(checkId);
    }

    /** Field errors and failed error-checks, in form order. */
    public List<Violation> errors() {
        List<Violation> out = new ArrayList<>();
        for (String id : form.fields().keySet()) {
            for (String message : errors.getOrDefault(id, List.of())) {
                out.add(new Violation(id, Violation.Kind.FIELD, Severity.ERROR, List.of(id), message));
            }
        }
        out.addAll(checkViolations(CheckStatus.FAILED, Severity.ERROR));
        return out;
    }

    public List<Violation> warnings() {
        return checkViolations(CheckStatus.FAILED, Severity.WARNING);
    }

    public List<Violation> pending() {
        List<Violation> out = checkViolations(CheckStatus.PENDING, Severity.ERROR);
        out.addAll(checkViolations(CheckStatus.PENDING, Severity.WARNING));
        return out;
    }

    private List<Violation> checkViolations(CheckStatus status, Severity severity) {
        List<Violation> out = new ArrayList<>();
        for (CheckResult r : checks.values()) {
            if (r.status() == status && r.severity() == severity) {
                out.add(new Violation(r.id(), Violation.Kind.CHECK, r.severity(), r.fields(), r.message()));
            }
        }
        return out;
    }

    /**
     * How far the record is, in percent: required fields (those required now) that hold a valid
     * value; below 100 while any error remains, so 100 means ready to finalize.
     */
    public int progress() {
        int required = 0;
        int answered = 0;
        for (FieldDef field : form.fields().values()) {
            if (!field.isComputed() && isRequired(field)) {
                required++;
                if (value(field.id()) != null && fieldErrors(field.id()).isEmpty()) {
                    answered++;
                }
            }
        }
        int percent = required == 0 ? 100 : (int) Math.floor(100.0 * answered / required);
        return errors().isEmpty() ? percent : Math.min(percent, 99);
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
