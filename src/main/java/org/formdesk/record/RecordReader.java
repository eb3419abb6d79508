package org.formdesk.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Problem;
import org.formdesk.form.SourceLocation;
import org.formdesk.form.YamlLimits;

/** Reads a record file (YAML, or JSON by its .json name) for a given form, locating every problem. */
public final class RecordReader {
    public static final long MAX_BYTES = ReadLimits.MAX_BYTES;
    private static final Set<String> TOP_KEYS = Set.of("form", "formVersion", "formHash", "status", "values",
            "explanations", "meta", "computed", "score", "history");

    private final Form form;

    private final RecordWords words;

    public RecordReader(Form form) {
        this.form = form;
        this.words = RecordWords.of(form.language());
    }

    public RecordRead read(Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return fatal(name, words.t(Files.exists(path) ? "notAFile" : "noSuchFile"));
            }
            if (Files.size(path) > MAX_BYTES) {
                return refused(ReadLimits.tooLarge(name, Files.size(path)));
            }
            return read(name, Files.readAllBytes(path), RecordFormat.of(path));
        } catch (IOException e) {
            return fatal(name, Failure.sentence(e, words.chinese(), null));
        }
    }

    public RecordRead read(String name, byte[] bytes, RecordFormat format) {
        RawDocument doc;
        JsonFactory factory = format == RecordFormat.JSON
                ? JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(YamlLimits.MAX_DEPTH).build())
                        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : YamlLimits.factory();
        if (bytes.length > MAX_BYTES) {
            return refused(ReadLimits.tooLarge(name, bytes.length));
        }
        Object text = ReadLimits.decode(name, bytes);
        if (text instanceof ReadLimits.Refusal refusal) {
            return refused(refusal);
        }
        // From the checked text, not the bytes: the parsers' own UTF-8 readers accept what it refuses.
        try (JsonParser parser = factory.createParser((String) text)) {
            doc = RawDocument.read(name, parser);
        } catch (ReadLimits.Exceeded e) {
            return refused(e.refusal);
        } catch (JsonProcessingException e) {
            return new RecordRead(null, List.of(YamlLimits.problem(name, e, format.name())), List.of(), List.of(),
                    Map.of());
        } catch (IOException e) {
            return fatal(name, Failure.sentence(e, words.chinese(), null));
        }
        if (!(doc.root() instanceof Map<?, ?> top)) {
            return new RecordRead(null, List.of(new Problem(doc.locate(""),
                    words.t("notAMapping"))), List.of(), List.of(), Map.of());
        }
        return interpret(doc, top);
    }

    private RecordRead interpret(RawDocument doc, Map<?, ?> top) {
        List<Problem> fatal = new ArrayList<>();
        List<Problem> issues = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                issues.add(new Problem(doc.locate("/" + RawDocument.escape(String.valueOf(key))),
                        words.t("unknownKey", key)));
            }
        }
        String formId = text(top.get("form"));
        if (formId == null) {
            fatal.add(new Problem(doc.locate(""), words.t("noForm")));
        } else if (!formId.equals(form.id())) {
            fatal.add(new Problem(doc.locate("/form"), words.chinese() ? words.t("otherForm", titleOf(formId), form.title())
                    : words.t("otherForm", formId, form.id())));
        }
        String version = text(top.get("formVersion"));
        if (version != null && !version.equals(form.version())) {
            notes.add(new Problem(doc.locate("/formVersion"), words.t("otherVersion", version, form.version())));
        }
        RecordStatus status = RecordStatus.DRAFT;
        if (top.get("status") != null) {
            status = RecordStatus.parse(text(top.get("status")));
            if (status == null) {
                issues.add(new Problem(doc.locate("/status"), words.t("badStatus", top.get("status"))));
                status = RecordStatus.DRAFT;
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourceLocation> located = new LinkedHashMap<>();
        Object rawValues = top.get("values");
        if (rawValues == null) {
            fatal.add(new Problem(doc.locate(""), words.t("noValues")));
        } else if (!(rawValues instanceof Map<?, ?> valueMap)) {
            fatal.add(new Problem(doc.locate("/values"), words.t("valuesNotMapping")));
        } else {
            for (Map.Entry<?, ?> e : valueMap.entrySet()) {
                String id = String.valueOf(e.getKey());
                SourceLocation at = doc.locate("/values/" + RawDocument.escape(id));
                FieldDef field = form.fields().get(id);
                if (field == null) {
                    issues.add(new Problem(at, words.t("unknownField", id)));
                } else if (field.isComputed()) {
                    issues.add(new Problem(at, words.t("computedGiven", id, field.label())));
                } else {
                    values.put(id, e.getValue());
                    located.put(id, at);
                }
            }
        }
        Map<String, String> explanations = new LinkedHashMap<>();
        if (top.get("explanations") instanceof Map<?, ?> ex) {
            for (Map.Entry<?, ?> e : ex.entrySet()) {
                String id = String.valueOf(e.getKey());
                if (form.checks().stream().noneMatch(c -> c.id().equals(id))) {
                    issues.add(new Problem(doc.locate("/explanations/" + RawDocument.escape(id)),
                            words.t("unknownCheck", id)));
                }
                explanations.put(id, text(e.getValue()));
            }
        } else if (top.get("explanations") != null && !(top.get("explanations") instanceof String s && s.isBlank())) {
            // An empty "explanations:" reads as "" (Jackson's YAML parser gives an empty scalar for it): no explanations.
            issues.add(new Problem(doc.locate("/explanations"), words.t("explanationsNotMapping")));
        }
        RecordMeta meta = RecordMeta.NONE;
        if (top.get("meta") instanceof Map<?, ?> m) {
            meta = new RecordMeta(text(m.get("created")), text(m.get("updated")), text(m.get("user")));
        }
        List<Change> history = history(doc, top.get("history"), issues);
        if (!fatal.isEmpty()) {
            return new RecordRead(null, fatal, issues, notes, Map.of());
        }
        return new RecordRead(new RecordFile(formId, version, text(top.get("formHash")), status, values, explanations,
                meta, history), fatal, issues, notes, located);
    }

    private List<Change> history(RawDocument doc, Object raw, List<Problem> issues) {
        List<Change> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> entries)) {
            issues.add(new Problem(doc.locate("/history"), words.t("historyNotList")));
            return out;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> e && text(e.get("field")) != null) {
                out.add(new Change(text(e.get("field")), text(e.get("from")), text(e.get("to")), text(e.get("at")),
                        text(e.get("user")), text(e.get("origin"))));
            } else {
                issues.add(new Problem(doc.locate("/history/" + i), words.t("historyEntry")));
            }
        }
        return out;
    }

    /** The form id a record file names, or null when it names none or cannot be read. */
    public static String formIdOf(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return null;
            }
            RecordFormat format = RecordFormat.of(path);
            JsonFactory factory = format == RecordFormat.JSON ? new JsonFactory() : YamlLimits.factory();
            if (!(ReadLimits.decode(path.toString(), Files.readAllBytes(path)) instanceof String text)) {
                return null;
            }
            // Only as far as the top-level form: key (the first line, as formdesk writes records); the
            // full read that follows reports anything wrong with the rest.
            try (JsonParser parser = factory.createParser(text)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("form".equals(key)) {
                        return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    }
                    parser.skipChildren();
                }
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
    }

    private static RecordRead refused(ReadLimits.Refusal refusal) {
        return new RecordRead(null, List.of(refusal.problem()), List.of(), List.of(), Map.of());
    }

    /** A bundled form's title, in 《》; the id as the file gives it for a form not bundled here. */
    private static String titleOf(String formId) {
        return org.formdesk.form.FormCatalog.bundled().stream().filter(e -> e.id().equals(formId)).findFirst()
                .map(e -> "《" + e.title() + "》").orElse(formId);
    }

    private static RecordRead fatal(String file, String message) {
        return new RecordRead(null, List.of(new Problem(SourceLocation.unknown(file), message)), List.of(), List.of(), Map.of());
    }
}
