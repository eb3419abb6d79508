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

    private final Form form;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

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
        return problems;
    }

    private void report(String pointer, String message) {
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

    private void field(FieldDef fd, String ptr) {
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
        if (fd.type() == FieldType.CHOICE && fd.options().isEmpty()) {
            report(ptr, "choice field '" + fd.id() + "' needs options");
        }
        if (fd.type() == FieldType.TABLE) {
            if (fd.columns().isEmpty()) {
                report(ptr, "table field '" + fd.id() + "' needs columns");
            }
            for (int c = 0; c < fd.columns().size(); c++) {
                FieldDef col = fd.columns().get(c);
                if (col.type() == FieldType.TABLE) {
                    report(ptr + "/columns/" + c + "/type", "table '" + fd.id() + "' column '" + col.id()
                            + "': a table cannot hold another table");
                }
                if (col.isComputed()) {
                    report(ptr + "/columns/" + c + "/compute", "table '" + fd.id() + "' column '" + col.id()
                            + "': columns cannot be computed");
                }
            }
            if (fd.minRows() != null && fd.maxRows() != null && fd.minRows() > fd.maxRows()) {
                report(ptr + "/minRows", "table '" + fd.id() + "': minRows is above maxRows");
            }
        } else if (!fd.columns().isEmpty()) {
            report(ptr + "/columns", "field '" + fd.id() + "' has columns but is not a table");
        }
        if (fd.type() == FieldType.PERCENT && !fd.isComputed()) {
            report(ptr + "/type", "percent field '" + fd.id() + "' must be computed (give it compute:)");
        }
        if (fd.isComputed()) {
            if (fd.type() != FieldType.MONEY && fd.type() != FieldType.DECIMAL && fd.type() != FieldType.PERCENT
                    && fd.type() != FieldType.INTEGER) {
                report(ptr + "/type", "computed field '" + fd.id() + "' must be money, decimal, percent or integer");
            }
            expression(ptr + "/compute", "field '" + fd.id() + "' compute", fd.compute(), true);
        }
        expression(ptr + "/requiredWhen", "field '" + fd.id() + "' requiredWhen", fd.requiredWhen(), false);
    }

    private void checks() {
        for (int c = 0; c < form.checks().size(); c++) {
            CheckDef check = form.checks().get(c);
            String ptr = "/checks/" + c;
            String what = "check '" + check.id() + "'";
            if (check.isComparison()) {
                if (check.op() == null || check.right() == null) {
                    report(ptr, what + " has left: but needs op: and right: too");
                }
                if (check.condition() != null) {
                    report(ptr + "/assert", what + " has both left/op/right and assert; give one");
                }
                expression(ptr + "/left", what + " left", check.left(), true);
                expression(ptr + "/right", what + " right", check.right(), true);
            } else if (check.condition() == null) {
                report(ptr, what + " needs either left/op/right or assert");
            } else {
                expression(ptr + "/assert", what + " assert", check.condition(), false);
            }
            expression(ptr + "/when", what + " when", check.when(), false);
            for (int f = 0; f < check.fields().size(); f++) {
                String id = check.fields().get(f);
                if (!form.fields().containsKey(id)) {
                    report(ptr + "/fields/" + f, what + " lists unknown field '" + id + "'");
                }
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

    private void expression(String pointer, String what, String expr, boolean arithmetic) {
        if (expr == null) {
            return;
        }
        if (expr.isBlank()) {
            report(pointer, what + " is empty");
            return;
        }
        for (String name : ExpressionText.names(expr)) {
            if (!names.contains(name)) {
                report(pointer, what + " refers to unknown field '" + name + "'");
                continue;
            }
            FieldDef fd = form.fields().get(name);
            boolean textual = fd != null && fd.type().isTextual() && fd.type() != FieldType.CHOICE;
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
        if (scoring == null) {
            if (!form.indicators().isEmpty()) {
                report("", "the form has indicators but no scoring: section (declare max and grades)");
            }
            return;
        }
        BigDecimal total = form.indicatorMaxTotal();
        if (total.compareTo(scoring.max()) != 0) {
            report("/scoring/max", "indicator maxima add up to " + Decimals.plain(total)
                    + " but scoring.max declares " + Decimals.plain(scoring.max()));
        }
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
}
