package org.formdesk.form;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
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
     * the build gave the form the full checks before compiling it. Else from the YAML as a trusted form
     * (see {@link #read(String, byte[], boolean)}).
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
            throw new FormFileException(new Problem(SourceLocation.unknown(fileName), "cannot be read: " + reason(e)));
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
            return new Form(compiled, SourceMap.empty(fileName), true);
        }
        return require(read(fileName, yaml, true));
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
            return failed(name, "cannot be read: " + reason(e));
        }
    }

    public Result read(String fileName, byte[] bytes) {
        return read(fileName, bytes, false);
    }

    /**
     * Reads the file once into a tree with the place of every node, checks its keys, binds it, then checks
     * the bound form. A {@code trusted} form (bundled: the build gave it every check, {@code BundledFormsTest})
     * skips Bean Validation, whose start-up costs a first paint of {@code fill} dearly, unless binding or
     * lint finds a problem: then it gets every check, from the same tree.
     */
    private static Result read(String fileName, byte[] bytes, boolean trusted) {
        Bound bound = bind(fileName, bytes);
        if (bound.failed != null) {
            return bound.failed;
        }
        // From here on the tree is garbage: only the definition and the place of each node are kept. (Held to
        // the end, a 2,000-field form's tree outlived the young generation and swelled the old one.)
        FormDefinition definition = bound.definition;
        SourceMap map = bound.map;
        List<Problem> problems = bound.problems;
        if (trusted && problems.isEmpty()) {
            try {
                Form form = new Form(definition, map);
                if (new FormLinter(form).lint().isEmpty()) {
                    return new Result(form, List.of());
                }
            } catch (RuntimeException e) {
                // a form the checks below refuse; they say why
            }
        }
        problems.addAll(validate(definition, map));
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        Form form = new Form(definition, map);
        problems.addAll(new FormLinter(form).lint());
        return new Result(form, sorted(problems));
    }

    /** A file read and bound: the definition, where each node starts, and the shape's problems; or why it failed. */
    private record Bound(FormDefinition definition, SourceMap map, List<Problem> problems, Result failed) {
        static Bound failed(Result result) {
            return new Bound(null, null, null, result);
        }
    }

    private static Bound bind(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Bound.failed(failed(fileName, "is larger than " + MAX_BYTES / 1024 / 1024 + " MiB; a form file is expected to be small"));
        }
        Utf8.BadByte bad = Utf8.firstBad(bytes);
        if (bad != null) {
            return Bound.failed(new Result(null, List.of(new Problem(new SourceLocation(fileName, bad.line(), bad.column()),
                    "not valid UTF-8: byte " + bad.hex() + " at line " + bad.line() + ", column " + bad.column()
                            + " (byte " + bad.offset() + " of the file); save the file as UTF-8"))));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        FormTree tree;
        // From the checked text, not the bytes: the parser's own UTF-8 reader accepts what the check refuses.
        try (JsonParser parser = Yaml.MAPPER.getFactory().createParser(text.startsWith("\ufeff") ? text.substring(1) : text)) {
            // FormTree reports a key written twice with the line of each; the parser's check names neither.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            tree = FormTree.read(fileName, parser);
        } catch (FormTree.Refused e) {
            return Bound.failed(new Result(null, List.of(e.problem)));
        } catch (JsonProcessingException e) {
            return Bound.failed(new Result(null, List.of(YamlLimits.problem(fileName, e, "YAML"))));
        } catch (IOException e) {
            return Bound.failed(failed(fileName, "cannot be read as YAML"));
        }
        if (tree.root == null || tree.root.isNull()) {
            return Bound.failed(failed(fileName, "is empty; a form needs at least id, version, title and sections"));
        }
        if (!tree.root.isObject()) {
            return Bound.failed(new Result(null, List.of(new Problem(tree.map.locate(""),
                    "a form file must be a mapping with at least id, version, title and sections"))));
        }
        List<Problem> problems = new ArrayList<>();
        Binding.shape(tree.root, FormDefinition.class, "", tree, problems);
        try {
            return new Bound(Yaml.MAPPER.treeToValue(tree.root, FormDefinition.class), tree.map, problems, null);
        } catch (JsonMappingException e) {
            problems.add(Binding.problem(e, tree));
            return Bound.failed(new Result(null, sorted(problems)));
        } catch (JsonProcessingException e) {
            problems.add(YamlLimits.problem(fileName, e, "YAML"));
            return Bound.failed(new Result(null, sorted(problems)));
        }
    }

    /** Why a file could not be read, from the kind of failure and the system's own reason; never a class name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return "an input/output error";
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

    /**
     * Configured once, then only read: Jackson's mappers are safe to share between threads. In a class of its
     * own, made when a YAML form is first read: a bundled form read from its compiled file ({@link #loadBundled},
     * the start of every fill) must not make a mapper, which loads some 700 of Jackson's classes.
     */
    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder(YamlLimits.factory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // maxLength: 1.5 is a mistake to report, not 1
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    static ObjectMapper mapper() {
        return Yaml.MAPPER;
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

}
