package org.formdesk.record.export;

import org.formdesk.form.Decimals;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.form.CheckDef;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.GradeBand;

/**
 * A JSON Schema (draft 2020-12) of a valid record of a form, in the canonical shape formdesk writes:
 * integers as numbers, other decimals as strings in plain notation (so no tool reads them through
 * binary floating point), whole scores as numbers and others as strings, dates ISO. What a schema
 * cannot say — bounds on decimals written as strings, requiredWhen, cross-checks — is left to
 * {@code formdesk validate}; the bounds are named in each field's description.
 */
public final class RecordSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String SHOWN_NUMBER = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    private RecordSchema() {
    }

    public static ObjectNode of(Form form) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:formdesk:record:" + form.id() + ":" + form.version());
        root.put("title", form.title());
        root.put("description", "A record of form " + form.id() + " version " + form.version()
                + " as formdesk writes it (formdesk export). A draft may not pass: required fields may be empty.");
        root.put("type", "object");
        root.putArray("required").add("form").add("formVersion").add("status").add("values");
        ObjectNode props = root.putObject("properties");
        props.putObject("form").put("const", form.id());
        props.putObject("formVersion").put("type", "string");
        props.putObject("formHash").put("type", "string");
        props.putObject("status").putArray("enum").add("draft").add("final");
        props.set("values", values(form));
        props.set("computed", computed(form));
        if (!form.indicators().isEmpty()) {
            props.set("score", score(form));
        }
        props.set("explanations", explanations(form));
        ObjectNode meta = props.putObject("meta");
        meta.put("type", "object");
        ObjectNode metaProps = meta.putObject("properties");
        for (String key : List.of("created", "updated", "user")) {
            metaProps.putObject(key).put("type", "string");
        }
        meta.put("additionalProperties", false);
        ObjectNode change = props.putObject("history").put("description", "The audit trail, oldest first.")
                .put("type", "array").putObject("items").put("type", "object");
        ObjectNode changeProps = change.putObject("properties");
        for (String key : List.of("field", "from", "to", "at", "user", "origin")) {
            changeProps.putObject(key).put("type", "string");
        }
        change.putArray("required").add("field");
        change.put("additionalProperties", false);
        root.put("additionalProperties", false);
        return root;
    }

    private static ObjectNode values(Form form) {
        List<FieldDef> entered = new ArrayList<>();
        for (FieldDef f : form.fields().values()) {
            if (!f.isComputed()) { // a record holds no computed value: the reader ignores one and says so
                entered.add(f);
            }
        }
        ObjectNode values = object();
        properties(values, entered);
        return values;
    }

    /** An object of these fields: each under its id, the required ones named, no other property allowed. */
    private static void properties(ObjectNode node, List<FieldDef> fields) {
        ObjectNode props = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (FieldDef f : fields) {
            props.set(f.id(), field(f));
            if (f.isRequired()) {
                required.add(f.id());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
    }

    private static ObjectNode computed(Form form) {
        ObjectNode computed = object();
        computed.put("description", "Computed figures as shown: rounded half-up to the field's round; percentages ×100 without %.");
        ObjectNode props = computed.putObject("properties");
        for (FieldDef f : form.fields().values()) {
            if (f.isComputed()) {
                props.putObject(f.id()).put("title", f.label()).put("type", "string").put("pattern", SHOWN_NUMBER);
            }
        }
        computed.put("additionalProperties", false);
        return computed;
    }

    private static ObjectNode score(Form form) {
        ObjectNode score = object();
        ObjectNode props = score.putObject("properties");
        props.putObject("total").put("type", "string").put("pattern", SHOWN_NUMBER);
        props.putObject("max").put("type", "string").put("pattern", SHOWN_NUMBER);
        ArrayNode grades = props.putObject("grade").put("description", "null until every indicator is scored")
                .putArray("enum");
        form.scoring().ifPresent(s -> s.grades().stream().map(GradeBand::grade).forEach(grades::add));
        grades.addNull();
        score.putArray("required").add("total").add("max").add("grade");
        score.put("additionalProperties", false);
        return score;
    }

    private static ObjectNode explanations(Form form) {
        ObjectNode ex = object();
        ex.put("description", "Why a failed warning check is accepted, by check id.");
        ArrayNode ids = ex.putObject("propertyNames").putArray("enum");
        form.checks().stream().map(CheckDef::id).forEach(ids::add);
        ex.putObject("additionalProperties").put("type", "string");
        return ex;
    }

    /** One entered field (or table column) in canonical form. */
    static ObjectNode field(FieldDef f) {
        ObjectNode s = NODES.objectNode();
        s.put("title", f.label());
        String bounds = bounds(f);
        String about = join(f.unit() == null ? null : "unit: " + f.unit(), bounds);
        if (about != null) {
            s.put("description", about);
        }
        f.kind().schema(f, s, RecordSchema::properties);
        return s;
    }

    private static String bounds(FieldDef f) {
        if (!f.kind().numeric() || (f.min() == null && f.max() == null)) {
            return null;
        }
        String min = f.min() == null ? null : "≥ " + Decimals.plain(f.min());
        String max = f.max() == null ? null : "≤ " + Decimals.plain(f.max());
        return join(min, max);
    }

    private static String join(String... parts) {
        String joined = String.join("; ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static ObjectNode object() {
        return NODES.objectNode().put("type", "object");
    }
}
