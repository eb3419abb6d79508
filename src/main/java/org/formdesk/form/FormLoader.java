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
    public static final String DEFAULT_FORM = "dept-perf-self-eval";
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
     * The form bundled in the jar (the seed form unless another name is given). Bundled forms are read the
     * quick way ({@link #readTrusted}): they are part of the build, which gives every one of them the full
     * checks ({@code BundledFormsTest}), and Hibernate Validator's start-up and first validation plus the
     * second parse for the source map cost some 300 ms before the first paint of {@code fill}. Binding,
     * unknown keys and lint still run; at any problem the form is read again the full way.
     */
    public Form loadBundled(String name) throws FormFileException {
        String resource = "/forms/" + name + ".yaml";
        try (InputStream in = FormLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormFileException(new Problem(SourceLocation.unknown(resource),
                        "no bundled form named '" + name + "'"));
            }
            String fileName = "forms/" + name + ".yaml";
            byte[] bytes = in.readAllBytes();
            Form trusted = readTrusted(fileName, bytes);
            return trusted != null ? trusted : load(fileName, bytes);
        } catch (IOException e) {
            throw new FormFileException(new Problem(SourceLocation.unknown(resource), "cannot read: " + e.getMessage()));
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
        List<Problem> problems = new ArrayList<>();
        SourceMap none = SourceMap.empty(fileName);
        FormDefinition definition;
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            definition = mapper.reader().withHandler(new UnknownKeys(none, problems)).readValue(parser, FormDefinition.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (definition == null || !problems.isEmpty()) {
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
            definition = mapper.reader().withHandler(new UnknownKeys(sourceMap, problems))
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
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('/').append(yamlKey(node.getName()));
            }
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
        }
        return sb.toString().replaceAll("/(\\d+)/(\\d+)", "/$1");
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
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        String text = msg == null ? "unreadable YAML" : msg.lines().findFirst().orElse(msg);
        if (text.contains("aliases")) {
            text = "too many YAML aliases (more than " + YamlLimits.MAX_ALIASES + "): refused as a possible alias bomb";
        } else if (text.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            text = "nested deeper than " + YamlLimits.MAX_DEPTH + " levels: a form is never that deep";
        } else if (text.contains("code points") || text.contains("String length")) {
            text = "the document is too large (more than " + YamlLimits.MAX_CODE_POINTS + " characters)";
        } else {
            text = "not valid YAML: " + text;
        }
        return new Problem(loc == null ? SourceLocation.unknown(file)
                : new SourceLocation(file, loc.getLineNr(), loc.getColumnNr()), text);
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
            return new Problem(sourceMap.locate(ptr.toString()), shown + ": " + why);
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
            return "wrong type of value; expected " + (msg.contains("List") ? "a list" : "a mapping of keys to values");
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

    /** Collects every unknown key (with its place) instead of stopping at the first. */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        private final SourceMap sourceMap;
        private final List<Problem> problems;

        UnknownKeys(SourceMap sourceMap, List<Problem> problems) {
            this.sourceMap = sourceMap;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            if (!pointer.endsWith("/" + propertyName)) {
                pointer = pointer + "/" + propertyName;
            }
            problems.add(new Problem(sourceMap.locate(pointer), "unknown key '" + propertyName + "'"
                    + KnownKeys.suggestion(beanOrClass, propertyName)));
            p.skipChildren();
            return true;
        }
    }
}
