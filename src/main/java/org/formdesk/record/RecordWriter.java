package org.formdesk.record;

import org.formdesk.form.Decimals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Display;
import org.formdesk.engine.FormState;
import org.formdesk.engine.InputParser;
import org.formdesk.engine.Parsed;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;

/**
 * Writes a record in its one structure, as YAML or JSON. Values that read cleanly are written in
 * canonical form (integers as numbers, decimals as strings in plain notation, dates ISO); anything
 * that does not read yet (a draft) is written exactly as it was typed, so nothing is lost.
 */
public final class RecordWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static {
        JSON.getFactory().setCharacterEscapes(new VisibleJsonEscapes());
    }

    private RecordWriter() {
    }

    /**
     * The record as a tree: its values from {@code record}, the figures derived from {@code state}
     * (which must hold the same values).
     */
    public static ObjectNode tree(RecordFile record, FormState state) {
        Form form = state.form();
        InputParser parser = state.engine().parser();
        ObjectNode root = NODES.objectNode();
        root.put("form", form.id());
        root.put("formVersion", form.version());
        root.put("formHash", form.hash());
        root.put("status", record.status().yamlName());
        ObjectNode values = root.putObject("values");
        for (Map.Entry<String, Object> e : state.rawValues().entrySet()) {
            FieldDef field = form.fields().get(e.getKey());
            values.set(e.getKey(), value(field, e.getValue(), parser));
        }
        ObjectNode computed = NODES.objectNode();
        for (FieldDef field : form.fields().values()) {
            if (field.isComputed() && state.computed(field.id()) != null && state.computed(field.id()).value() != null) {
                computed.put(field.id(), Display.computed(field, state.computed(field.id()).value()));
            }
        }
        if (!computed.isEmpty()) {
            root.set("computed", computed);
        }
        if (!form.indicators().isEmpty()) {
            ScoreCard card = state.scoreCard();
            ObjectNode score = root.putObject("score");
            score.put("total", Decimals.plain(card.total()));
            score.put("max", Decimals.plain(card.max()));
            if (card.grade() != null) {
                score.put("grade", card.grade());
            } else {
                score.putNull("grade");
            }
        }
        if (!record.explanations().isEmpty()) {
            ObjectNode ex = root.putObject("explanations");
            record.explanations().forEach(ex::put);
        }
        RecordMeta meta = record.meta();
        if (meta.created() != null || meta.updated() != null || meta.user() != null) {
            ObjectNode m = root.putObject("meta");
            putIf(m, "created", meta.created());
            putIf(m, "updated", meta.updated());
            putIf(m, "user", meta.user());
        }
        if (!record.history().isEmpty()) {
            ArrayNode history = root.putArray("history");
            for (Change c : record.history()) {
                ObjectNode h = history.addObject();
                putIf(h, "field", c.field());
                putIf(h, "from", c.from());
                putIf(h, "to", c.to());
                putIf(h, "at", c.at());
                putIf(h, "user", c.user());
                putIf(h, "origin", c.origin());
            }
        }
        return root;
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    /** One field's value in canonical form, or as typed when it does not read. */
    static JsonNode value(FieldDef field, Object raw, InputParser parser) {
        if (raw instanceof List<?> rows) {
            ArrayNode list = NODES.arrayNode();
            for (Object row : rows) {
                if (row instanceof Map<?, ?> cells && field.kind().table()) {
                    ObjectNode r = list.addObject();
                    for (FieldDef col : field.columns()) {
                        if (cells.get(col.id()) != null) {
                            r.set(col.id(), value(col, cells.get(col.id()), parser));
                        }
                    }
                    for (Map.Entry<?, ?> c : cells.entrySet()) {
                        if (!r.has(String.valueOf(c.getKey())) && c.getValue() != null) {
                            r.set(String.valueOf(c.getKey()), asTyped(c.getValue()));
                        }
                    }
                } else {
                    list.add(asTyped(row));
                }
            }
            return list;
        }
        if (!(raw instanceof String text)) {
            return asTyped(raw);
        }
        Parsed parsed = parser.parse(field, text);
        Object v = parsed.value();
        if (v == null) {
            return NODES.textNode(text);
        }
        Object recorded = field.kind().recorded(v);
        if (recorded instanceof BigInteger whole) {
            return NODES.numberNode(whole);
        }
        return recorded instanceof Boolean b ? NODES.booleanNode(b) : NODES.textNode(String.valueOf(recorded));
    }

    private static JsonNode asTyped(Object raw) {
        return raw == null ? NODES.nullNode() : JSON.valueToTree(raw);
    }

    public static String yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    public static String json(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static String write(JsonNode tree, RecordFormat format) {
        return format == RecordFormat.JSON ? json(tree) : yaml(tree);
    }
}
