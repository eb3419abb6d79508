package org.formdesk.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks Bean Validation cannot make: ids, references, cycles, types in arithmetic, totals. */
final class FormLinter {
    /** Functions whose arguments may be text without being arithmetic. */
    private static final Set<String> TEXT_SAFE_FUNCTIONS = Set.of("ISEMPTY", "COUNT", "LEN");
    /** Functions that take a whole column (every row's value) as one argument. */
    private static final Set<String> LIST_FUNCTIONS = Set.of("SUM", "COUNT", "MIN", "MAX", "AVERAGE", "ISEMPTY");

    private final Form form;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    Form form() {
        return form;
    }

    FormLinter(Form form) {
        this.form = form;
        for (FieldDef fd : form.fields().values()) {
            names.add(fd.id());
            for (FieldDef col : fd.columns()) {
                names.add(fd.id() + "." + col.id());
            }
        }
    }

    List<Problem> lint() {
        duplicates();
        for (FieldDef fd : form.fields().values()) {
            field(fd, form.pointerOf(fd.id()));
        }
        checks();
        indicators();
        cycles();
        scoring();
        recordKeys();
        printBlock();
        return problems;
    }

    void report(String pointer, String message) {
        problems.add(new Problem(form.locate(pointer), message));
    }

    private void duplicates() {
        Map<String, String> seen = new HashMap<>();
        Map<String, String> sectionIds = new HashMap<>();
        List<SectionDef> sections = form.definition().sections();
        for (int s = 0; s < sections.size(); s++) {
            SectionDef sd = sections.get(s);
            // Sections have ids of their own kind: a section may share its id with its one field.
            unique(sectionIds, "section", sd.id(), "/sections/" + s + "/id");
            for (int f = 0; f < sd.fields().size(); f++) {
                uniqueField(seen, sd.fields().get(f), "/sections/" + s + "/fields/" + f);
            }
            for (int i = 0; i < sd.indicators().size(); i++) {
                IndicatorDef ind = sd.indicators().get(i);
                String base = "/sections/" + s + "/indicators/" + i;
                unique(seen, "indicator", ind.id(), base + "/id");
                for (int f = 0; f < ind.fields().size(); f++) {
                    uniqueField(seen, ind.fields().get(f), base + "/fields/" + f);
                }
            }
        }
        Map<String, String> checkIds = new HashMap<>();
        for (int c = 0; c < form.checks().size(); c++) {
            unique(checkIds, "check", form.checks().get(c).id(), "/checks/" + c + "/id");
        }
    }

    private void uniqueField(Map<String, String> seen, FieldDef fd, String pointer) {
        unique(seen, "field", fd.id(), pointer + "/id");
        Map<String, String> columns = new HashMap<>();
        for (int c = 0; c < fd.columns().size(); c++) {
            unique(columns, "column", fd.columns().get(c).id(), pointer + "/columns/" + c + "/id");
        }
    }

    private void unique(Map<String, String> seen, String kind, String id, String pointer) {
        String first = seen.putIfAbsent(id, pointer);
        if (first != null) {
            report(pointer, "duplicate " + kind + " id '" + id + "' (first declared at line "
                    + form.locate(first).line() + ")");
        }
    }

    void field(FieldDef fd, String ptr) {
        field(fd, ptr, null);
    }

    /** A field's own checks; {@code rowTable} is the table when the field is one of its columns. */
    void field(FieldDef fd, String ptr, FieldDef rowTable) {
        if (fd.min() != null && fd.max() != null && fd.min().compareTo(fd.max()) > 0) {
            report(ptr + "/min", "field '" + fd.id() + "': min " + fd.min().toPlainString() + " is above max "
                    + fd.max().toPlainString());
        }
        if (fd.pattern() != null) {
            // RE2J, the matcher the engine uses: it reads no backreference or lookaround, which is what
            // lets it match in linear time, so a pattern it cannot read is refused here.
            try {
                com.google.re2j.Pattern.compile(fd.pattern());
            } catch (com.google.re2j.PatternSyntaxException e) {
                report(ptr + "/pattern", "field '" + fd.id() + "': pattern is not a regular expression formdesk can "
                        + "match in linear time (RE2 syntax: no backreferences or lookaround): " + e.getDescription());
            }
        }
        if (fd.kind().choosesOption() && fd.options().isEmpty()) {
            report(ptr, "choice field '" + fd.id() + "' needs options");
        }
        if (fd.kind().table()) {
            if (fd.columns().isEmpty()) {
                report(ptr, "table field '" + fd.id() + "' needs columns");
            }
            for (int c = 0; c < fd.columns().size(); c++) {
                FieldDef col = fd.columns().get(c);
                if (col.kind().table()) {
                    report(ptr + "/columns/" + c + "/type", "table '" + fd.id() + "' column '" + col.id()
                            + "': a table cannot hold another table");
                }
            }
            if (fd.minRows() != null && fd.maxRows() != null && fd.minRows() > fd.maxRows()) {
                report(ptr + "/minRows", "table '" + fd.id() + "': minRows is above maxRows");
            }
            new TableLint(this, fd, ptr).lint();
        } else {
            if (!fd.columns().isEmpty()) {
                report(ptr + "/columns", "field '" + fd.id() + "' has columns but is not a table");
            }
            if (!fd.rowChecks().isEmpty()) {
                report(ptr + "/rowChecks", "field '" + fd.id() + "' has rowChecks but is not a table");
            }
            if (fd.indicators() != null) {
                report(ptr + "/indicators", "field '" + fd.id() + "' has indicators but is not a table");
            }
            if (fd.rowLabel() != null) {
                report(ptr + "/rowLabel", "field '" + fd.id() + "' has rowLabel but is not a table");
            }
        }
        String what = rowTable == null ? "field '" + fd.id() + "'"
                : "table '" + rowTable.id() + "' column '" + fd.id() + "'";
        if (fd.isComputed()) {
            if (!fd.kind().computable()) {
                report(ptr + "/type", "computed " + what + " must be money, decimal, percent or integer");
            }
            expression(ptr + "/compute", what + " compute", fd.compute(), true, rowTable);
        }
        expression(ptr + "/requiredWhen", what + " requiredWhen", fd.requiredWhen(), false, rowTable);
    }

    private void checks() {
        for (int c = 0; c < form.checks().size(); c++) {
            check(form.checks().get(c), "/checks/" + c, null);
        }
    }

    /** One check; {@code rowTable} is the table when it is one of that table's row checks. */
    void check(CheckDef check, String ptr, FieldDef rowTable) {
        String what = (rowTable == null ? "check '" : "table '" + rowTable.id() + "' row check '") + check.id() + "'";
        if (check.isComparison()) {
            if (check.op() == null || check.right() == null) {
                report(ptr, what + " has left: but needs op: and right: too");
            }
            if (check.condition() != null) {
                report(ptr + "/assert", what + " has both left/op/right and assert; give one");
            }
            expression(ptr + "/left", what + " left", check.left(), true, rowTable);
            expression(ptr + "/right", what + " right", check.right(), true, rowTable);
        } else if (check.condition() == null) {
            report(ptr, what + " needs either left/op/right or assert");
        } else {
            expression(ptr + "/assert", what + " assert", check.condition(), false, rowTable);
        }
        expression(ptr + "/when", what + " when", check.when(), false, rowTable);
        for (int f = 0; f < check.fields().size(); f++) {
            String id = check.fields().get(f);
            if (!form.fields().containsKey(id) && (rowTable == null || rowTable.column(id) == null)) {
                report(ptr + "/fields/" + f, what + " lists unknown field '" + id + "'");
            }
        }
    }

    private void indicators() {
        List<SectionDef> sections = form.definition().sections();
        for (int s = 0; s < sections.size(); s++) {
            for (int i = 0; i < sections.get(s).indicators().size(); i++) {
                IndicatorDef ind = sections.get(s).indicators().get(i);
                for (int m = 0; m < ind.metrics().size(); m++) {
                    if (!form.fields().containsKey(ind.metrics().get(m))) {
                        report("/sections/" + s + "/indicators/" + i + "/metrics/" + m, "indicator '" + ind.id()
                                + "' shows unknown metric '" + ind.metrics().get(m) + "'");
                    }
                }
            }
        }
    }

    void expression(String pointer, String what, String expr, boolean arithmetic) {
        expression(pointer, what, expr, arithmetic, null);
    }

    /** Lints an expression; with a {@code rowTable} it is a row expression, where a bare column id is a cell. */
    void expression(String pointer, String what, String expr, boolean arithmetic, FieldDef rowTable) {
        if (expr == null) {
            return;
        }
        if (expr.isBlank()) {
            report(pointer, what + " is empty");
            return;
        }
        if (ExpressionText.hasBracket(expr)) {
            report(pointer, what + ": a row cannot be picked by its number ([…]); a row check (rowChecks) tests"
                    + " every row, SUMIF(table, condition, value) and COUNTIF(table, condition) add up some rows");
            return;
        }
        RowAggregates.Split split = RowAggregates.split(expr);
        for (String problem : split.problems()) {
            report(pointer, what + ": " + problem);
        }
        names(pointer, what, split.outer(), arithmetic, rowTable);
        for (RowAggregates.Call call : split.calls()) {
            FieldDef table = form.fields().get(call.table());
            if (rowTable != null) {
                report(pointer, what + ": " + call.function() + " cannot be used inside a row expression");
            } else if (table == null || !table.kind().table()) {
                report(pointer, what + ": " + call.function() + " needs a table's id first; '" + call.table()
                        + "' is not a table");
            } else {
                names(pointer, what + " " + call.function() + " condition", call.condition(), false, table);
                if (call.value() != null) {
                    names(pointer, what + " " + call.function() + " value", call.value(), true, table);
                }
            }
        }
    }

    private void names(String pointer, String what, String expr, boolean arithmetic, FieldDef rowTable) {
        if (expr.isBlank()) {
            report(pointer, what + " is empty");
            return;
        }
        for (String name : ExpressionText.names(expr)) {
            FieldDef fd = rowTable == null ? null : rowTable.column(name);
            if (fd == null) {
                fd = form.fields().get(name);
            }
            if (fd == null && !names.contains(name)) {
                report(pointer, what + " refers to unknown " + (rowTable == null ? "field '" : "column or field '")
                        + name + "'" + (rowTable == null ? "" : " (table '" + rowTable.id() + "' has columns "
                        + String.join(", ", rowTable.columns().stream().map(FieldDef::id).toList()) + ")"));
                continue;
            }
            if (fd == null) {
                // table.column: the list of every row's value
                int dot = name.lastIndexOf('.');
                FieldDef table = form.fields().get(name.substring(0, dot));
                fd = table == null ? null : table.column(name.substring(dot + 1));
                if (!ExpressionText.onlyWholeArgumentOf(expr, name, LIST_FUNCTIONS)) {
                    report(pointer, what + ": '" + name + "' is a whole column (every row's value): use it only as"
                            + " an argument of SUM, COUNT, MIN, MAX or AVERAGE; to test each row write a row check"
                            + " (rowChecks), to add up some rows SUMIF(" + name.substring(0, dot) + ", condition, value)");
                    continue;
                }
            }
            boolean textual = fd != null && fd.kind().textual() && !fd.kind().choosesOption();
            if (arithmetic && textual && !ExpressionText.onlyInside(expr, name, TEXT_SAFE_FUNCTIONS)) {
                report(pointer, what + " uses text field '" + name + "' (" + fd.type().yamlName()
                        + ") in arithmetic");
            }
        }
    }

    private void cycles() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (FieldDef fd : form.fields().values()) {
            if (fd.isComputed()) {
                List<String> deps = new ArrayList<>();
                for (String name : ExpressionText.names(fd.compute())) {
                    FieldDef dep = form.fields().get(name);
                    if (dep != null && dep.isComputed()) {
                        deps.add(name);
                    }
                }
                edges.put(fd.id(), deps);
            }
        }
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            visit(start, edges, state, new ArrayList<>(), reported);
        }
    }

    private void visit(String node, Map<String, List<String>> edges, Map<String, Integer> state, List<String> stack,
                       Set<String> reported) {
        Integer st = state.get(node);
        if (st != null && st == 2) {
            return;
        }
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
            if (reported.addAll(cycle)) {
                cycle.add(node);
                report(form.pointerOf(node) + "/compute", "computed fields form a cycle: " + String.join(" → ", cycle));
            }
            return;
        }
        state.put(node, 1);
        stack.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            visit(next, edges, state, stack, reported);
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
    }

    private void scoring() {
        ScoringDef scoring = form.definition().scoring();
        boolean rows = form.fields().values().stream().anyMatch(f -> f.indicators() != null);
        if (scoring == null) {
            if (!form.indicators().isEmpty() || rows) {
                report("", "the form has indicators but no scoring: section (declare max and grades)");
            }
            return;
        }
        BigDecimal total = form.indicatorMaxTotal();
        if (rows || scoring.total() != null) {
            // Indicator rows bring their own maxima, known only once filled: the form checks those sums.
            if (total.compareTo(scoring.max()) > 0) {
                report("/scoring/max", "indicator maxima add up to " + Decimals.plain(total)
                        + ", more than scoring.max " + Decimals.plain(scoring.max()));
            }
        } else if (total.compareTo(scoring.max()) != 0) {
            report("/scoring/max", "indicator maxima add up to " + Decimals.plain(total)
                    + " but scoring.max declares " + Decimals.plain(scoring.max()));
        }
        expression("/scoring/total", "scoring total", scoring.total(), true);
        Set<String> grades = new HashSet<>();
        for (int g = 0; g < scoring.grades().size(); g++) {
            GradeBand band = scoring.grades().get(g);
            if (!grades.add(band.grade())) {
                report("/scoring/grades/" + g, "grade '" + band.grade() + "' is declared twice");
            }
            if (band.min().compareTo(scoring.max()) > 0) {
                report("/scoring/grades/" + g + "/min", "grade '" + band.grade() + "' needs "
                        + band.min().toPlainString() + ", more than the maximum " + scoring.max().toPlainString());
            }
        }
    }

    private void recordKeys() {
        RecordKeys keys = form.definition().record();
        if (keys == null) {
            return;
        }
        if (keys.year() != null && !form.fields().containsKey(keys.year())) {
            report("/record/year", "record.year names unknown field '" + keys.year() + "'");
        }
        if (keys.unit() != null && !form.fields().containsKey(keys.unit())) {
            report("/record/unit", "record.unit names unknown field '" + keys.unit() + "'");
        }
    }

    private void printBlock() {
        PrintDef print = form.definition().print();
        if (print == null) {
            return;
        }
        for (String[] text : print.texts()) {
            for (String id : PrintDef.fieldsNamed(text[1])) {
                if (!form.fields().containsKey(id)) {
                    report(text[0], "print names unknown field '{" + id + "}'");
                }
            }
        }
    }
}
