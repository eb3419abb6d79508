package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** A field's own rules: reading raw input into a typed value, and what is wrong with it on its own. */
final class FieldRules {
    private final InputParser parser;
    private final Texts texts;

    FieldRules(InputParser parser, Texts texts) {
        this.parser = parser;
        this.texts = texts;
    }

    /** The typed value, or null when empty or unreadable (the reason comes from {@link #check}). */
    Object read(FieldDef field, Object raw) {
        if (field.type() == FieldType.TABLE) {
            if (!(raw instanceof List<?> rows) || rows.isEmpty()) {
                return null;
            }
            List<Map<String, Object>> typed = new ArrayList<>();
            for (Object row : rows) {
                Map<String, Object> cells = new LinkedHashMap<>();
                if (row instanceof Map<?, ?> m) {
                    for (FieldDef col : field.columns()) {
                        Object cell = m.get(col.id());
                        cells.put(col.id(), cell instanceof String s ? parser.parse(col, s).value() : null);
                    }
                }
                typed.add(cells);
            }
            return typed;
        }
        return raw instanceof String s ? parser.parse(field, s).value() : null;
    }

    List<String> check(FieldDef field, Object raw, Object value, boolean required) {
        List<String> out = new ArrayList<>();
        if (field.type() == FieldType.TABLE) {
            table(field, raw, required, out);
            return out;
        }
        scalar(field, raw, required, out);
        return out;
    }

    private void scalar(FieldDef field, Object raw, boolean required, List<String> out) {
        if (raw != null && !(raw instanceof String)) {
            out.add(texts.t("notScalar", field.label()));
            return;
        }
        Parsed parsed = parser.parse(field, (String) raw);
        if (parsed.hasError()) {
            out.add(parsed.error());
        } else if (parsed.isEmpty()) {
            if (required) {
                out.add(texts.t("required", field.label()));
            }
        } else {
            rules(field, parsed.value(), out);
        }
    }

    private void rules(FieldDef field, Object value, List<String> out) {
        if (value instanceof BigDecimal n) {
            if (field.min() != null && n.compareTo(field.min()) < 0) {
                out.add(message(field, texts.t("min", field.label(), plain(field.min()), n.toPlainString())));
            }
            if (field.max() != null && n.compareTo(field.max()) > 0) {
                out.add(message(field, texts.t("max", field.label(), plain(field.max()), n.toPlainString())));
            }
            if (field.step() != null && n.remainder(field.step()).signum() != 0) {
                out.add(texts.t("step", field.label(), plain(field.step()), n.toPlainString()));
            }
        }
        if (value instanceof String s) {
            int length = s.codePointCount(0, s.length());
            if (field.maxLength() != null && length > field.maxLength()) {
                out.add(texts.t("maxLength", field.label(), field.maxLength(), length));
            }
            if (field.pattern() != null && !s.matches(field.pattern())) {
                out.add(message(field, texts.t("pattern", field.label())));
            }
        }
    }

    private static String message(FieldDef field, String fallback) {
        return field.message() == null ? fallback : field.message();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private void table(FieldDef field, Object raw, boolean required, List<String> out) {
        if (raw == null) {
            if (required) {
                out.add(texts.t("required", field.label()));
            }
            return;
        }
        if (!(raw instanceof List<?> rows)) {
            out.add(texts.t("notTable", field.label()));
            return;
        }
        if (field.minRows() != null && rows.size() < field.minRows()) {
            out.add(texts.t("minRows", field.label(), field.minRows(), rows.size()));
        }
        if (field.maxRows() != null && rows.size() > field.maxRows()) {
            out.add(texts.t("maxRows", field.label(), field.maxRows(), rows.size()));
        }
        for (int r = 0; r < rows.size(); r++) {
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
                List<String> cellErrors = new ArrayList<>();
                scalar(col, row.get(col.id()), col.isRequired(), cellErrors);
                for (String e : cellErrors) {
                    out.add(texts.t("cell", field.label(), r + 1, e));
                }
            }
        }
    }
}
