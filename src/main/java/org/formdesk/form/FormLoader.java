package org.formdesk.form;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Reads a form file into a {@link Form}, reporting every problem with file:line:column. */
public final class FormLoader {
    /** The bundled form a new fill starts with: named by forms/default.txt, not by the code. */
    public static final String DEFAULT_FORM = FormCatalog.defaultId();
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    /** Hibernate Validator, built on first use: forms bundled in the jar never need it (see {@link #loadBundled}). */
    private static final class Validators {
        // Hibernate Validator announces its version on stderr through java.util.logging; a CLI must not.
        private static final java.util.logging.Logger QUIET = quietHibernate();

        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();

        private static java.util.logging.Logger quietHibernate() {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator");
            logger.setLevel(java.util.logging.Level.WARNING);
            return logger;
        }
    }

    /** The outcome of reading a form: the form if it could be built, and everything wrong with it. */
    public record Result(Form form, List<Problem> problems) {
        public boolean ok() {
            return form != null && problems.isEmpty();
        }
    }

    public Form load(java.nio.file.Path path) throws FormFileException {
        return require(read(path));
    }

    public Form load(String fileName, byte[] bytes) throws FormFileException {
        return require(read(fileName, bytes));
    }

    /**
     * The form bundled in the jar (the seed form unless another name is given). First from the binary the
     * build compiled from it ({@link CompiledForm}), when that matches the YAML: no Jackson, no lint, as
     * the build gave the form the full checks before compiling it. Else the quick way ({@link #readTrusted}):
     * bundled forms are part of the build, which gives every one of them the full checks
     * ({@code BundledFormsTest}), and Hibernate Validator's start-up and first validation plus the second
     * parse for the source map cost some 300 ms before the first paint of {@code fill}. Binding, unknown keys
     * and lint still run; at any problem the form is read again the full way.
     */
    public Form loadBundled(String name) throws FormFileException {
        if (!FormCatalog.isId(name)) {
            // a name from a record or a command line is an id, never a path into the class path
            throw new FormFileException(new Problem(SourceLocation.unknown(String.valueOf(name)),
                    "'" + name + "' is not a form id"));
        }
        BundledForms files = BundledForms.fromEnvironment();
        String fileName = "forms/" + name + ".yaml";
        byte[] yaml;
        try {
            yaml = files.read(name + ".yaml");
        } catch (IOException e) {
            throw new FormFileException(new Problem(SourceLocation.unknown(fileName), "cannot read: " + e.getMessage()));
        }
        if (yaml == null) {
            throw new FormFileException(new Problem(SourceLocation.unknown("/" + fileName),
                    "no bundled form named '" + name + "'"));
        }
        return loadBundled(files, name, yaml);
    }

    /** The bundled form {@code name} whose YAML is {@code yaml}, from its compiled binary when that matches. */
    static Form loadBundled(BundledForms files, String name, byte[] yaml) throws FormFileException {
        String fileName = "forms/" + name + ".yaml";
        FormDefinition compiled = compiled(files, name, yaml);
        if (compiled != null) {
            return new Form(compiled, SourceMap.empty(fileName));
        }
        Form trusted = readTrusted(fileName, yaml);
        return trusted != null ? trusted : new FormLoader().load(fileName, yaml);
    }

    private static FormDefinition compiled(BundledForms files, String name, byte[] yaml) {
        try {
            byte[] bin = files.read(name + ".bin");
            return bin == null ? null : CompiledForm.read(bin, yaml);
        } catch (IOException e) {
            return null;
        }
    }

    public Result read(java.nio.file.Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return failed(name, Files.exists(path) ? "is not a regular file" : "no such file");
            }
            if (Files.size(path) > MAX_BYTES) {
                return failed(name, "is larger than " + MAX_BYTES / 1024 / 1024 + " MiB; a form file is expected to be small");
            }
            return read(name, Files.readAllBytes(path));
        } catch (IOException e) {
            return failed(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The quick way for a bundled form: one parse, no source map, no Bean Validation. Null at the first
     * sign of trouble, and the caller then reads the form the full way, which reports every problem
     * with its line and column.
     */
    private static Form readTrusted(String fileName, byte[] bytes) {
        ObjectMapper mapper = mapper();
        SourceMap none = SourceMap.empty(fileName);
        FormDefinition definition;
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            // No unknown-key handler here: an unknown key throws, and the full read reports it.
            definition = mapper.readValue(parser, FormDefinition.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (definition == null) {
            return null;
        }
        try {
            Form form = new Form(definition, none);
            return new FormLinter(form).lint().isEmpty() ? form : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Result read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(fileName, "is larger than " + MAX_BYTES / 1024 / 1024 + " MiB; a form file is expected to be small");
        }
        ObjectMapper mapper = mapper();
        SourceMap sourceMap;
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            sourceMap = SourceMap.scan(fileName, parser);
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(syntaxProblem(fileName, e)));
        } catch (IOException e) {
            return failed(fileName, "cannot be read: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        FormDefinition definition;
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            unknownKeys(mapper.readTree(bytes), FormDefinition.class, "", sourceMap, problems);
            definition = mapper.reader().withHandler(new UnknownKeys())
                    .readValue(parser, FormDefinition.class);
        } catch (JsonProcessingException e) {
            problems.add(bindingProblem(fileName, sourceMap, e));
            return new Result(null, problems);
        } catch (IOException e) {
            return failed(fileName, "cannot be read: " + e.getMessage());
        }
        if (definition == null) {
            return failed(fileName, "is empty; a form needs at least id, version, title and sections");
        }
        problems.addAll(validate(definition, sourceMap));
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        Form form = new Form(definition, sourceMap);
        problems.addAll(new FormLinter(form).lint());
        return new Result(form, sorted(problems));
    }

    private static Form require(Result result) throws FormFileException {
        if (!result.ok()) {
            throw new FormFileException(result.problems());
        }
        return result.form();
    }

    private static Result failed(String file, String message) {
        return new Result(null, List.of(new Problem(SourceLocation.unknown(file), message)));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return copy;
    }

    static ObjectMapper mapper() {
        return YAMLMapper.builder(YamlLimits.factory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    private static List<Problem> validate(FormDefinition definition, SourceMap sourceMap) {
        Validator validator = Validators.FACTORY.getValidator();
        List<Problem> out = new ArrayList<>();
        for (ConstraintViolation<FormDefinition> v : validator.validate(definition)) {
            String pointer = pointer(v.getPropertyPath());
            out.add(new Problem(sourceMap.locate(pointer), display(v.getPropertyPath()) + " " + v.getMessage()));
        }
        return out;
    }

    private static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            // A node's index is its place in the previous node's list: sections[1].fields[0] is the nodes
            // "sections", "fields" (index 1), so the index comes before the name.
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('/').append(yamlKey(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String display(Path path) {
        return pointer(path).replaceFirst("^/", "").replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static String yamlKey(String javaName) {
        return switch (javaName) {
            case "defaultValue" -> "default";
            case "condition" -> "assert";
            default -> javaName;
        };
    }

    private static Problem syntaxProblem(String file, JsonProcessingException e) {
        return YamlLimits.problem(file, e, "YAML");
    }

    private static Problem bindingProblem(String file, SourceMap sourceMap, JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder ptr = new StringBuilder();
            StringBuilder shown = new StringBuilder();
            for (var ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    ptr.append('/').append(ref.getFieldName());
                    shown.append(shown.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    ptr.append('/').append(ref.getIndex());
                    shown.append('[').append(ref.getIndex()).append(']');
                }
            }
            String why = rootMessage(e);
            String key = ptr.substring(ptr.lastIndexOf("/") + 1);
            if ((key.equals("min") || key.equals("max")) && why.endsWith("a number")) {
                // max: weight: a bound is a number; a bound taken from another cell is a row check's job.
                why += " (to compare with another column of the same row, write a row check: rowChecks)";
            }
            return new Problem(sourceMap.locate(ptr.toString()), shown + ": " + why);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            // The document is valid YAML but not a mapping (empty, a list, a lone scalar): say so in words.
            String msg = e.getOriginalMessage();
            return new Problem(sourceMap.locate(""), msg != null && msg.startsWith("No content")
                    ? "the file is empty; a form needs at least id, version, title and sections"
                    : "a form file must be a mapping with at least id, version, title and sections");
        }
        return syntaxProblem(file, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        msg = msg == null ? "wrong type" : msg.lines().findFirst().orElse(msg);
        if (msg.startsWith("Cannot deserialize value of type")) {
            String type = msg.replaceAll("Cannot deserialize value of type `([^`]*)`.*", "$1");
            return "wrong type of value; expected " + friendlyType(type);
        }
        if (msg.startsWith("Cannot construct instance") || msg.startsWith("Cannot coerce")) {
            java.util.regex.Matcher target = java.util.regex.Pattern.compile("to `([^`]*)`|of `([^`]*)`").matcher(msg);
            String type = !target.find() ? "" : target.group(1) != null ? target.group(1) : target.group(2);
            return "wrong type of value; expected " + (type.isEmpty() ? msg.contains("List") ? "a list"
                    : "a mapping of keys to values" : friendlyType(type));
        }
        return msg;
    }

    private static String friendlyType(String javaType) {
        if (javaType.startsWith("java.util.List") || javaType.startsWith("java.util.ArrayList")) {
            return "a list";
        }
        return switch (javaType) {
            case "java.lang.String" -> "text";
            case "java.math.BigDecimal", "java.lang.Integer" -> "a number";
            case "java.lang.Boolean" -> "true or false";
            default -> "a mapping of keys to values";
        };
    }

    static String hash(FormDefinition definition) {
        try {
            ObjectMapper canonical = JsonMapper.builder()
                    .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .build();
            byte[] json = canonical.writeValueAsString(definition).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a form definition", e);
        }
    }

    /**
     * Reports every key the form's types do not know, at its own line. (Jackson's unknown-property handler
     * cannot do this: for records it replays buffered properties with a parser context that points at
     * the object's last key, so a misspelt key holding a list was reported lines away.)
     */
    private static void unknownKeys(com.fasterxml.jackson.databind.JsonNode node, Class<?> type, String pointer,
                                    SourceMap sourceMap, List<Problem> problems) {
        if (node == null || !node.isObject() || !type.isRecord()) {
            return;
        }
        java.util.Map<String, java.lang.reflect.RecordComponent> known = new java.util.HashMap<>();
        for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
            known.put(KnownKeys.yamlName(rc.getName()), rc);
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            String key = entry.getKey();
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            java.lang.reflect.RecordComponent rc = known.get(key);
            if (rc == null) {
                problems.add(new Problem(sourceMap.locate(at), "unknown key '" + key + "'"
                        + KnownKeys.suggestion(type, key)));
            } else if (rc.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && entry.getValue().isArray()) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    unknownKeys(entry.getValue().get(i), element, at + "/" + i, sourceMap, problems);
                }
            } else {
                unknownKeys(entry.getValue(), rc.getType(), at, sourceMap, problems);
            }
        }
    }

    /** Skips unknown keys while binding; {@link #unknownKeys} has reported each one with its place. */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            p.skipChildren();
            return true;
        }
    }
}
