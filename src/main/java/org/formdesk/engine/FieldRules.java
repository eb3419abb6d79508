package org.formdesk.engine;

import org.formdesk.form.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.FieldDef;

/** A field's own rules: reading raw input into a typed value, and what is wrong with it on its own. */
final class FieldRules {
    private final InputParser parser;
    private final Texts texts;
    /** Each form pattern compiled once; an engine's own, as engines may be used from several threads. */
    private final Map<String, com.google.re2j.Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    FieldRules(InputParser parser, Texts texts) {
        this.parser = parser;
        this.texts = texts;
    }

    /**
     * A field's raw input read once: the typed value (null when empty or unreadable) and what is wrong
     * with it on its own. Whether an empty field is an error depends on other fields, so that is left
     * to {@link #required}.
     */
    record Reading(Object value, List<String> problems, boolean empty) {
    }

    Reading read(FieldDef field, Object raw) {
        List<String> out = new ArrayList<>();
        if (field.kind().table()) {
            Object rows = table(field, raw, out);
            return new Reading(rows, List.copyOf(out), raw == null);
        }
        Object value = scalar(field, raw, out);
        return new Reading(value, List.copyOf(out), raw == null || (value == null && out.isEmpty()));
    }

    String required(FieldDef field) {
        return texts.t("required", field.label());
    }

    /** Reads one value; problems go to {@code out}; returns the value or null. */
    private Object scalar(FieldDef field, Object raw, List<String> out) {
        if (raw != null && !(raw instanceof String)) {
            out.add(texts.t("notScalar", field.label()));
            return null;
        }
        Parsed parsed = parser.parse(field, (String) raw);
        if (parsed.hasError()) {
            out.add(parsed.error());
            return null;
        }
        if (!parsed.isEmpty()) {
            rules(field, parsed.value(), out);
        }
        return parsed.value();
    }

    private void rules(FieldDef field, Object value, List<String> out) {
        if (value instanceof BigDecimal ratio) {
            // A typed percentage is kept as a ratio; its bounds are written, and reported, as percentages.
            BigDecimal n = field.kind().asTyped(ratio);
            if (field.min() != null && n.compareTo(field.min()) < 0) {
                out.add(message(field, texts.t("min", field.label(), Decimals.plain(field.min()), n.toPlainString())));
            }
            if (field.max() != null && n.compareTo(field.max()) > 0) {
                out.add(message(field, texts.t("max", field.label(), Decimals.plain(field.max()), n.toPlainString())));
            }
            if (field.step() != null && n.remainder(field.step()).signum() != 0) {
                out.add(texts.t("step", field.label(), Decimals.plain(field.step()), n.toPlainString()));
            }
        }
        if (value instanceof String s) {
            int length = s.codePointCount(0, s.length());
            if (field.maxLength() != null && length > field.maxLength()) {
                out.add(texts.t("maxLength", field.label(), field.maxLength(), length));
            }
            if (field.pattern() != null && !FormPatterns.matches(patterns, field.pattern(), s)) {
                out.add(message(field, texts.t("pattern", field.label())));
            }
        }
    }

    private static String message(FieldDef field, String fallback) {
        return field.message() == null ? fallback : field.message();
    }

    /** Reads a table's rows into typed cells; problems go to {@code out}; returns the rows or null. */
    private Object table(FieldDef field, Object raw, List<String> out) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> rows)) {
            out.add(texts.t("notTable", field.label()));
            return null;
        }
        if (field.minRows() != null && rows.size() < field.minRows()) {
            out.add(texts.t("minRows", field.label(), field.minRows(), rows.size()));
        }
        if (field.maxRows() != null && rows.size() > field.maxRows()) {
            out.add(texts.t("maxRows", field.label(), field.maxRows(), rows.size()));
        }
        List<Map<String, Object>> typed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> cells = new LinkedHashMap<>();
            typed.add(cells);
            if (!(rows.get(r) instanceof Map<?, ?> row)) {
                out.add(texts.t("cell", field.label(), r + 1, texts.t("notTable", field.label())));
                continue;
            }
            for (Object key : row.keySet()) {
                if (field.columns().stream().noneMatch(c -> c.id().equals(key))) {
                    out.add(texts.t("unknownColumn", field.label(), r + 1, key));
                }
            }
            for (FieldDef col : field.columns()) {
                if (col.isComputed()) {
                    cells.put(col.id(), null); // the table's row rules compute it
                    continue;
                }
                List<String> cellErrors = new ArrayList<>();
                Object cell = scalar(col, row.get(col.id()), cellErrors);
                if (cell == null && cellErrors.isEmpty() && col.isRequired()) {
                    cellErrors.add(required(col));
                }
                if (cell == null && cellErrors.isEmpty() && col.blankIsZero()) {
                    cell = BigDecimal.ZERO;
                }
                cells.put(col.id(), cell);
                for (String e : cellErrors) {
                    out.add(texts.t("cell", field.label(), r + 1, e));
                }
            }
        }
        return rows.isEmpty() ? null : typed;
    }
}
