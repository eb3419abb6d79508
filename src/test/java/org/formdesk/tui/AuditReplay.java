package org.formdesk.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.form.FieldType;
import org.formdesk.form.Form;
import org.formdesk.record.Change;
import org.formdesk.record.RowText;

/** Replays an audit trail onto the values it started from, as a reader of the trail would. */
final class AuditReplay {
    private static final Pattern ROW = Pattern.compile("^(.+)\\[(\\d+)\\](?:\\.(.+))?$");

    private AuditReplay() {
    }

    static Map<String, Object> replay(Form form, Map<String, Object> start, List<Change> trail) {
        Map<String, Object> values = canonical(start);
        for (Change c : trail) {
            Matcher m = ROW.matcher(c.field());
            if (m.matches() && form.fields().containsKey(m.group(1))) {
                List<Map<String, String>> rows = rows(values, m.group(1));
                int at = Integer.parseInt(m.group(2)) - 1;
                if (m.group(3) != null) {
                    if (c.to() == null) {
                        rows.get(at).remove(m.group(3));
                    } else {
                        rows.get(at).put(m.group(3), c.to());
                    }
                } else if (c.from() == null) {
                    rows.add(at, new LinkedHashMap<>(RowText.parseRow(c.to())));
                } else if (c.to() == null) {
                    Map<String, String> gone = rows.remove(at);
                    if (!gone.equals(RowText.parseRow(c.from()))) {
                        throw new AssertionError("row " + c.field() + " was " + gone + ", the trail says " + c.from());
                    }
                } else {
                    rows.set(at, new LinkedHashMap<>(RowText.parseRow(c.to())));
                }
                putRows(values, m.group(1), rows);
            } else if (form.fields().get(c.field()).type() == FieldType.TABLE) {
                putRows(values, c.field(), c.to() == null ? new ArrayList<>() : RowText.parseRows(c.to()));
            } else if (c.to() == null) {
                values.remove(c.field());
            } else {
                values.put(c.field(), c.to());
            }
        }
        return values;
    }

    /** Values as strings and lists of string maps, empty tables and blank values left out. */
    static Map<String, Object> canonical(Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Object r : list) {
                    Map<String, String> row = new LinkedHashMap<>();
                    ((Map<?, ?>) r).forEach((ck, cv) -> row.put(String.valueOf(ck), String.valueOf(cv)));
                    rows.add(row);
                }
                putRows(out, k, rows);
            } else if (v != null && !String.valueOf(v).isBlank()) {
                out.put(k, String.valueOf(v));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> rows(Map<String, Object> values, String table) {
        List<Map<String, String>> out = new ArrayList<>();
        Object v = values.get(table);
        if (v instanceof List<?> list) {
            for (Object r : list) {
                out.add(new LinkedHashMap<>((Map<String, String>) r));
            }
        }
        return out;
    }

    private static void putRows(Map<String, Object> values, String table, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            values.remove(table);
        } else {
            values.put(table, rows);
        }
    }
}
