package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.FieldDef;

/**
 * The sentences a state gives for what it cannot work out yet: which fields are still empty or need
 * correcting before a figure or a check can be evaluated, and which inputs are zero when a division fails.
 */
final class Reasons {
    private final FormState state;

    Reasons(FormState state) {
        this.state = state;
    }

    String zeroes(CompiledExpression e) {
        List<String> zero = new ArrayList<>();
        for (String id : e.fieldIds()) {
            if (state.value(id) instanceof BigDecimal d && d.signum() == 0) {
                zero.add(state.form().label(id) + " = 0");
            }
        }
        return zero.isEmpty() ? "" : "（" + String.join("，", zero) + "）";
    }

    private int position(String id) {
        int at = state.form().positionOf(CellRef.is(id) ? CellRef.table(id) : baseField(id));
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The labels in the form's order (a person reads the list against the form), each once. */
    String labels(List<String> ids) {
        List<String> ordered = new ArrayList<>(ids);
        // Stable: a table's cells keep the row order they were traced in. A plain lambda, not Comparator.comparingInt:
        // that one is serializable, which the start-up cache cannot hold, and this runs before the first paint.
        ordered.sort((a, b) -> Integer.compare(position(a), position(b)));
        List<String> out = new ArrayList<>();
        for (String id : ordered) {
            out.add(CellRef.is(id) ? CellRef.label(state.form(), state.engine().texts(), id) : state.form().label(baseField(id)));
        }
        return String.join("、", new LinkedHashSet<>(out));
    }

    /** A table column reference ({@code items.amount}) stands for its table. */
    private String baseField(String ref) {
        int dot = ref.lastIndexOf('.');
        return state.form().fields().containsKey(ref) || dot < 0 ? ref : ref.substring(0, dot);
    }

    /**
     * Why an expression cannot be evaluated yet, naming the fields a person must fill or correct:
     * a computed field that is itself empty is traced back to its own inputs.
     */
    String waitingFor(List<String> missing) {
        Set<String> empty = new LinkedHashSet<>();
        Set<String> invalid = new LinkedHashSet<>();
        Set<String> blocked = new LinkedHashSet<>();
        trace(missing, empty, invalid, blocked, new HashSet<>());
        List<String> parts = new ArrayList<>();
        if (!empty.isEmpty()) {
            parts.add(state.engine().texts().t("waiting", labels(new ArrayList<>(empty))));
        }
        if (!invalid.isEmpty()) {
            parts.add(state.engine().texts().t("fixFirst", labels(new ArrayList<>(invalid))));
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
            if (!state.form().fields().containsKey(ref) && state.value(baseField(ref)) instanceof List<?> rows) {
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
            CompiledExpression compute = state.engine().computeOf(id);
            if (compute != null) {
                List<String> inputs = new ArrayList<>();
                for (String dep : compute.fieldIds()) {
                    if (state.value(dep) == null && !compute.mayBeEmpty(dep)) {
                        inputs.add(dep);
                    }
                }
                if (inputs.isEmpty()) {
                    Computed c = state.computed(id);
                    if (c != null && c.reason() != null && !c.reason().isBlank()) {
                        blocked.add(state.form().label(id) + "：" + c.reason()); // every input is there: say why, e.g. ÷ 0
                    } else {
                        empty.add(id);
                    }
                }
                trace(inputs, empty, invalid, blocked, seen);
            } else if (state.raw(id) != null) {
                invalid.add(id); // typed, but not readable: it needs correcting, not filling
            } else {
                empty.add(id);
            }
        }
    }

    /** Whether the row's raw input has something in that column (then a missing value is a bad one). */
    private boolean rawCell(String table, int row, String column) {
        if (state.raw(table) instanceof List<?> rows && row < rows.size() && rows.get(row) instanceof Map<?, ?> m) {
            Object cell = m.get(column);
            return cell != null && !cell.toString().isBlank();
        }
        return false;
    }

    /** A computed field's figure, or why there is none (what it waits for, a division by zero, …). */
    Computed computed(FieldDef field, Outcome outcome) {
        Computed result;
        if (outcome.number() != null) {
            BigDecimal n = outcome.number();
            result = Computed.of(field.kind().computed(n));
        } else if (outcome.isPending()) {
            CompiledExpression compute = state.engine().computeOf(field.id());
            List<String> needed = outcome.missing().stream().filter(ref -> !compute.mayBeEmpty(ref)).toList();
            result = Computed.none(waitingFor(needed.isEmpty() ? outcome.missing() : needed));
        } else if (Outcome.DIV_ZERO.equals(outcome.failure())) {
            result = Computed.none(state.engine().texts().t("divZero", zeroes(state.engine().computeOf(field.id()))));
        } else if (Outcome.TOO_LARGE.equals(outcome.failure())) {
            result = Computed.none(state.engine().texts().t("tooLarge"));
        } else {
            result = Computed.none(state.engine().texts().t("evalFailed",
                    outcome.failure() == null ? "not a number" : outcome.failure()));
        }
        return result;
    }

    /**
     * A field's label as a list of problems shows it: with its section's title when another field has the
     * same label (基本支出 is in both 预算收入情况 and 预算支出情况), so two entries never read alike.
     */
    String distinctLabel(String fieldId) {
        String label = state.form().label(fieldId);
        if (sharedLabels == null) {
            Map<String, Integer> count = new HashMap<>();
            for (FieldDef f : state.form().fields().values()) {
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
        String sectionId = state.form().sectionOf(fieldId);
        for (var s : state.form().sections()) {
            if (s.id().equals(sectionId)) {
                return s.title() + "·" + label;
            }
        }
        return label;
    }

    /** Labels that more than one field has; found once, the form never changes. */
    private Set<String> sharedLabels;
}
