package org.formdesk.tui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The seed record's values (seed-values.yaml), and typing them through the screens as a user would. */
final class SeedValues {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode load() throws IOException {
        try (InputStream in = SeedValues.class.getResourceAsStream("/tui/seed-values.yaml")) {
            return YAML.readTree(in);
        }
    }

    /** Walks every section from the focus onwards, typing each value and adding table rows, until the summary. */
    static void typeAll(ScreenDriver d, JsonNode seed) throws IOException {
        FillModel m = d.model;
        int guard = 0;
        while (!m.onSummary() && guard++ < 2000) {
            Item it = m.current();
            if (it == null) {
                d.key(KeyType.PageDown);
                continue;
            }
            JsonNode v = it.fieldId() == null ? null : seed.get(it.fieldId());
            if (it.kind() == Item.Kind.FIELD) {
                if (v != null && m.buffer.isEmpty()) {
                    d.type(v.asText());
                }
                d.key(KeyType.Tab);
            } else if (it.kind() == Item.Kind.TABLE) {
                if (v != null && m.rows(it.fieldId()).isEmpty()) {
                    typeRows(d, v, m.form.fields().get(it.fieldId()).columns().stream().map(c -> c.id()).toList());
                } else {
                    d.key(KeyType.Tab);
                }
            } else {
                d.key(KeyType.Tab);
            }
        }
    }

    private static void typeRows(ScreenDriver d, JsonNode rows, List<String> columns) throws IOException {
        for (JsonNode row : rows) {
            d.ctrl('n');
            for (String col : columns) {
                JsonNode cell = row.get(col);
                if (cell != null) {
                    d.type(cell.asText());
                }
                if (!col.equals(columns.get(columns.size() - 1))) {
                    d.key(KeyType.Tab);
                }
            }
        }
        d.key(KeyType.Tab);
    }

    static Map<String, Object> asMap(JsonNode node) {
        return YAML.convertValue(node, Map.class);
    }
}
