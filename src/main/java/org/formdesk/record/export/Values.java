package org.formdesk.record.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Computed;
import org.formdesk.engine.FormState;
import org.formdesk.engine.InputParser;
import org.formdesk.engine.Parsed;
import org.formdesk.form.FieldDef;

/**
 * Field values as exports write them: the canonical text the record file holds (exact decimals in
 * plain notation, ISO dates, true/false), what was typed when a draft's input does not read, and
 * computed figures rounded for display. Null means empty.
 */
final class Values {
    private Values() {
    }

    /** An entered (not computed, not table) field. */
    static String entered(FormState state, FieldDef field) {
        return canonical(state.engine().parser(), field, state.raw(field.id()));
    }

    /** A computed field's figure, rounded half-up to its {@code round}; percentages ×100 without the sign. */
    static String computed(FormState state, FieldDef field) {
        BigDecimal figure = computedFigure(state, field);
        return figure == null ? null : figure.toPlainString();
    }

    /** The same figure as a number; null when there is none. */
    static BigDecimal computedFigure(FormState state, FieldDef field) {
        Computed c = state.computed(field.id());
        return c == null || c.value() == null ? null : field.kind().displayed(field, c.value());
    }

    /** A table's rows as typed: each a map from column id to raw input. Anything else is no rows. */
    static List<Map<?, ?>> rows(FormState state, FieldDef table) {
        if (!(state.raw(table.id()) instanceof List<?> rows)) {
            return List.of();
        }
        List<Map<?, ?>> out = new java.util.ArrayList<>();
        List<?> typed = state.value(table.id()) instanceof List<?> l ? l : List.of();
        for (int r = 0; r < rows.size(); r++) {
            Map<?, ?> raw = rows.get(r) instanceof Map<?, ?> m ? m : Map.of();
            if (table.columns().stream().anyMatch(FieldDef::isComputed) && r < typed.size()
                    && typed.get(r) instanceof Map<?, ?> cells) {
                // A computed cell is never typed: shown as the row rules computed it, rounded as the column says.
                Map<Object, Object> withComputed = new java.util.LinkedHashMap<>(raw);
                for (FieldDef col : table.columns()) {
                    if (col.isComputed() && cells.get(col.id()) instanceof java.math.BigDecimal d) {
                        withComputed.put(col.id(), col.kind().displayWithSign(col, d));
                    }
                }
                raw = withComputed;
            }
            out.add(raw);
        }
        return out;
    }

    static String canonical(InputParser parser, FieldDef field, Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            return String.valueOf(raw);
        }
        Parsed parsed = parser.parse(field, text);
        Object v = parsed.value();
        if (v == null) {
            return parsed.isEmpty() ? null : text;
        }
        return field.kind().canonical(field, v); // a typed percentage as it was meant: 98%, not 0.98
    }

    /** The exact number a field holds, or null when it holds none (empty or unreadable). */
    static BigDecimal number(FormState state, String fieldId) {
        return state.value(fieldId) instanceof BigDecimal d ? d : null;
    }
}
