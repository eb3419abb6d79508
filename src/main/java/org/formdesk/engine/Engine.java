package org.formdesk.engine;

import com.ezylang.evalex.parser.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.CheckDef;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;
import org.formdesk.form.Problem;

/**
 * A form made ready to evaluate: every expression parsed once, and the dependency graph that says,
 * for each field, which computed fields, checks and conditional requirements a change to it touches.
 * Immutable and free of I/O; {@link FormState} holds the values.
 */
public final class Engine {
    private final Form form;
    private final Texts texts;
    private final InputParser parser;
    private final Map<String, CompiledExpression> computes = new LinkedHashMap<>();
    private final Map<String, CompiledExpression> requiredWhen = new LinkedHashMap<>();
    private final Map<String, CompiledCheck> checks = new LinkedHashMap<>();
    private final List<String> computeOrder;
    private final Map<String, List<String>> computedAffected = new HashMap<>();
    private final Map<String, List<String>> checksAffected = new HashMap<>();
    private final Map<String, List<String>> requirementsAffected = new HashMap<>();
    private final Map<String, FieldDef> tables = new LinkedHashMap<>();
    private final Map<String, TableRows> tableRows = new LinkedHashMap<>();
    /** Fields that row rules read (directly or through a computed field): a change to one re-reads the tables. */
    private final Set<String> rowTriggers = new HashSet<>();
    private CompiledExpression scoringTotal;
    /** EvalEx parses each expression at its first evaluation: the build parsed and checked them all. */
    private final boolean parseLater;

    /** A check with its expressions parsed. */
    record CompiledCheck(CheckDef def, CompiledExpression left, CompiledExpression right, CompiledExpression condition,
                         CompiledExpression when, List<String> fields) {
    }

    private Engine(Form form, Texts texts, List<Problem> problems, boolean parseLater) {
        this.form = form;
        this.parseLater = parseLater;
        this.texts = texts;
        this.parser = new InputParser(texts);
        Set<String> known = new HashSet<>(form.fields().keySet());
        for (FieldDef fd : form.fields().values()) {
            if (fd.kind().table()) {
                tables.put(fd.id(), fd);
            }
        }
        for (FieldDef fd : form.fields().values()) {
            String ptr = form.pointerOf(fd.id());
            if (fd.kind().table()) {
                compileRows(fd, ptr, known, problems);
            }
            if (fd.isComputed()) {
                put(computes, fd.id(), compile(fd.compute(), ptr + "/compute", known, problems));
            }
            if (fd.requiredWhen() != null) {
                put(requiredWhen, fd.id(), compile(fd.requiredWhen(), ptr + "/requiredWhen", known, problems));
            }
            if (fd.defaultValue() != null && !fd.kind().table()) {
                Parsed parsed = parser.parse(fd, fd.defaultValue());
                if (parsed.hasError()) {
                    problems.add(new Problem(form.locate(ptr + "/default"), "field '" + fd.id()
                            + "' default does not fit the field: " + parsed.error()));
                }
            }
        }
        for (int i = 0; i < form.checks().size(); i++) {
            CheckDef c = form.checks().get(i);
            String ptr = "/checks/" + i;
            CompiledExpression left = compile(c.left(), ptr + "/left", known, problems);
            CompiledExpression right = compile(c.right(), ptr + "/right", known, problems);
            CompiledExpression cond = compile(c.condition(), ptr + "/assert", known, problems);
            CompiledExpression when = compile(c.when(), ptr + "/when", known, problems);
            Set<String> fields = new LinkedHashSet<>(c.fields());
            if (fields.isEmpty()) {
                for (CompiledExpression e : new CompiledExpression[] {left, right, cond}) {
                    if (e != null) {
                        fields.addAll(e.fieldIds());
                    }
                }
            }
            checks.put(c.id(), new CompiledCheck(c, left, right, cond, when, List.copyOf(fields)));
        }
        if (form.scoring().isPresent() && form.scoring().get().total() != null) {
            scoringTotal = compile(form.scoring().get().total(), "/scoring/total", known, problems);
        }
        this.computeOrder = topologicalOrder();
        buildAffected();
        for (TableRows rows : tableRows.values()) {
            for (String f : rows.formFields()) {
                rowTriggers.add(f);
            }
        }
        for (String f : form.fields().keySet()) {
            for (String c : computedAffectedBy(f)) {
                for (TableRows rows : tableRows.values()) {
                    if (rows.formFields().contains(c)) {
                        rowTriggers.add(f);
                    }
                }
            }
        }
    }

    private void compileRows(FieldDef table, String ptr, Set<String> known, List<Problem> problems) {
        Map<String, CompiledExpression> computes = new LinkedHashMap<>();
        Map<String, CompiledExpression> required = new LinkedHashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            FieldDef col = table.columns().get(c);
            String at = ptr + "/columns/" + c;
            if (col.isComputed()) {
                put(computes, col.id(), compile(col.compute(), at + "/compute", known, problems, table));
            }
            if (col.requiredWhen() != null) {
                put(required, col.id(), compile(col.requiredWhen(), at + "/requiredWhen", known, problems, table));
            }
        }
        List<CompiledCheck> rowChecks = new ArrayList<>();
        for (int i = 0; i < table.rowChecks().size(); i++) {
            CheckDef c = table.rowChecks().get(i);
            String at = ptr + "/rowChecks/" + i;
            rowChecks.add(new CompiledCheck(c, compile(c.left(), at + "/left", known, problems, table),
                    compile(c.right(), at + "/right", known, problems, table),
                    compile(c.condition(), at + "/assert", known, problems, table),
                    compile(c.when(), at + "/when", known, problems, table), cellsNamed(table, c)));
        }
        TableRows rows = new TableRows(table, computes, required, rowChecks);
        if (!rows.isEmpty()) {
            tableRows.put(table.id(), rows);
        }
    }

    /** Compiles the form's expressions; throws with every expression that does not parse, located. */
    public static Engine of(Form form, Texts texts) throws FormFileException {
        List<Problem> problems = new ArrayList<>();
        Engine engine = new Engine(form, texts, problems, form.checkedAtBuild());
        if (!problems.isEmpty()) {
            throw new FormFileException(problems);
        }
        return engine;
    }

    public static Engine of(Form form) throws FormFileException {
        return of(form, Texts.of(form.language()));
    }

    /** Only the expression problems, for lint. */
    public static List<Problem> expressionProblems(Form form) {
        List<Problem> problems = new ArrayList<>();
        new Engine(form, Texts.of(form.language()), problems, false);
        return problems;
    }

    private static void put(Map<String, CompiledExpression> map, String id, CompiledExpression e) {
        if (e != null) {
            map.put(id, e);
        }
    }

    /** The row's columns a row check names (its default message names them); the table when none. */
    private static List<String> cellsNamed(FieldDef table, CheckDef c) {
        Set<String> cells = new LinkedHashSet<>();
        for (String expr : new String[] {c.left(), c.right(), c.condition()}) {
            for (String name : org.formdesk.form.ExpressionText.names(expr)) {
                if (table.column(name) != null) {
                    cells.add(name);
                }
            }
        }
        return cells.isEmpty() ? List.of(table.id()) : List.copyOf(cells);
    }

    private CompiledExpression compile(String source, String pointer, Set<String> known, List<Problem> problems) {
        return compile(source, pointer, known, problems, null);
    }

    private CompiledExpression compile(String source, String pointer, Set<String> known, List<Problem> problems,
                                       FieldDef rowTable) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return parseLater ? CompiledExpression.compileChecked(source, known, tables, rowTable)
                    : CompiledExpression.compile(source, known, tables, rowTable);
        } catch (ParseException e) {
            String shown = source.length() <= 60 ? source : source.substring(0, 57) + "…";
            String why = e.getMessage() == null ? "" : e.getMessage();
            problems.add(new Problem(form.locate(pointer), why.startsWith("refused: ")
                    ? "expression '" + shown + "' is " + why
                    : "expression '" + shown + "' does not parse: " + why));
            return null;
        }
    }

    private List<String> topologicalOrder() {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String id : computes.keySet()) {
            visit(id, order, done, visiting);
        }
        return Collections.unmodifiableList(order);
    }

    private void visit(String id, List<String> order, Set<String> done, Set<String> visiting) {
        if (done.contains(id) || !visiting.add(id)) {
            return; // a cycle is reported by lint; here it is only cut
        }
        for (String dep : computes.get(id).fieldIds()) {
            if (computes.containsKey(dep)) {
                visit(dep, order, done, visiting);
            }
        }
        visiting.remove(id);
        done.add(id);
        order.add(id);
    }

    private void buildAffected() {
        Map<String, Set<String>> dependents = new HashMap<>();
        for (String id : computeOrder) {
            for (String dep : computes.get(id).fieldIds()) {
                dependents.computeIfAbsent(dep, k -> new LinkedHashSet<>()).add(id);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < computeOrder.size(); i++) {
            rank.put(computeOrder.get(i), i);
        }
        // Who reads each field directly; a change then touches what reads the field or anything computed from it.
        Map<String, Set<String>> checksReading = new HashMap<>();
        Map<String, Integer> checkRank = new HashMap<>();
        for (CompiledCheck c : checks.values()) {
            checkRank.put(c.def().id(), checkRank.size());
            for (CompiledExpression e : new CompiledExpression[] {c.left(), c.right(), c.condition(), c.when()}) {
                if (e != null) {
                    for (String f : e.fieldIds()) {
                        checksReading.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(c.def().id());
                    }
                }
            }
        }
        Map<String, Set<String>> requirementsReading = new HashMap<>();
        for (Map.Entry<String, CompiledExpression> e : requiredWhen.entrySet()) {
            for (String f : e.getValue().fieldIds()) {
                requirementsReading.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
        for (String field : form.fields().keySet()) {
            Set<String> reach = new LinkedHashSet<>();
            List<String> todo = new ArrayList<>(List.of(field));
            while (!todo.isEmpty()) {
                String f = todo.remove(todo.size() - 1);
                for (String d : dependents.getOrDefault(f, Set.of())) {
                    if (reach.add(d)) {
                        todo.add(d);
                    }
                }
            }
            List<String> sorted = new ArrayList<>(reach);
            sorted.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
            computedAffected.put(field, List.copyOf(sorted));
            Set<String> cs = new LinkedHashSet<>(checksReading.getOrDefault(field, Set.of()));
            Set<String> rs = new LinkedHashSet<>(requirementsReading.getOrDefault(field, Set.of()));
            for (String t : reach) {
                cs.addAll(checksReading.getOrDefault(t, Set.of()));
                rs.addAll(requirementsReading.getOrDefault(t, Set.of()));
            }
            List<String> orderedChecks = new ArrayList<>(cs);
            orderedChecks.sort((a, b) -> Integer.compare(checkRank.get(a), checkRank.get(b)));
            checksAffected.put(field, List.copyOf(orderedChecks));
            requirementsAffected.put(field, List.copyOf(rs));
        }
    }

    public Form form() {
        return form;
    }

    public Texts texts() {
        return texts;
    }

    public InputParser parser() {
        return parser;
    }

    public FormState newState() {
        return new FormState(this);
    }

    /** The row rules of each table that has some. */
    Map<String, TableRows> tableRows() {
        return tableRows;
    }

    boolean triggersRows(String field) {
        return rowTriggers.contains(field);
    }

    CompiledExpression scoringTotal() {
        return scoringTotal;
    }

    List<String> computeOrder() {
        return computeOrder;
    }

    CompiledExpression computeOf(String id) {
        return computes.get(id);
    }

    CompiledExpression requiredWhenOf(String id) {
        return requiredWhen.get(id);
    }

    Map<String, CompiledCheck> checks() {
        return checks;
    }

    List<String> computedAffectedBy(String field) {
        return computedAffected.getOrDefault(field, List.of());
    }

    List<String> checksAffectedBy(String field) {
        return checksAffected.getOrDefault(field, List.of());
    }

    List<String> requirementsAffectedBy(String field) {
        return requirementsAffected.getOrDefault(field, List.of());
    }
}
