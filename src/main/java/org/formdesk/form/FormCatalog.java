package org.formdesk.form;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where forms are found: the forms bundled in the program, and one forms folder ({@code ./forms} unless
 * {@code FORMDESK_FORMS} names another). A form is named by its id, and an id is only ever an id: a record's
 * {@code form:} that is not one ("../../x/secret") is refused, never turned into a path. A form file given on
 * the command line ({@code --form FILE}) is the only other way in.
 */
public final class FormCatalog {
    /** The list the build writes beside the bundled forms ({@link CompileForms}): id, version, title per line. */
    static final String INDEX = "index.tsv";
    /** A one-line file beside the bundled forms naming the form a new fill starts with by default. */
    static final String DEFAULT = "default.txt";
    private static final Pattern ID = Pattern.compile(Ids.FORM_ID);

    /** One form a user can pick: bundled, or a file in the forms folder. */
    public record Entry(String id, String version, String title, Path file) {
        public boolean bundled() {
            return file == null;
        }
    }

    private final Path folder;

    public FormCatalog(Path folder) {
        this.folder = folder;
    }

    /** The forms folder from the environment: {@code FORMDESK_FORMS}, else {@code ./forms}. */
    public static FormCatalog fromEnvironment() {
        String dir = System.getenv("FORMDESK_FORMS");
        return new FormCatalog(Path.of(dir == null || dir.isBlank() ? "forms" : dir));
    }

    public Path folder() {
        return folder;
    }

    public static boolean isId(String text) {
        return text != null && text.length() <= 100 && ID.matcher(text).matches();
    }

    /** The bundled forms, the default first. */
    public static List<Entry> bundled() {
        List<Entry> out = new ArrayList<>();
        BundledForms files = BundledForms.fromEnvironment();
        try {
            byte[] index = files.read(INDEX);
            if (index != null) {
                for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = line.split("\t", -1);
                    if (parts.length == 3 && isId(parts[0])) {
                        out.add(new Entry(parts[0], parts[1], parts[2], null));
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        String first = defaultId(files, out);
        out.sort((a, b) -> a.id().equals(first) ? -1 : b.id().equals(first) ? 1 : 0);
        return out;
    }

    private static String defaultId(BundledForms files, List<Entry> entries) {
        try {
            byte[] named = files.read(DEFAULT);
            if (named != null) {
                String id = new String(named, StandardCharsets.UTF_8).strip();
                if (isId(id)) {
                    return id;
                }
            }
        } catch (IOException e) {
            // the first listed is the default then
        }
        return entries.isEmpty() ? null : entries.get(0).id();
    }

    /** The form a new fill starts with when none is named. */
    public static String defaultId() {
        List<Entry> all = bundled();
        return all.isEmpty() ? null : all.get(0).id();
    }

    /** Bundled forms, then the forms folder's (a folder form with a bundled form's id is shadowed). */
    public List<Entry> all() {
        List<Entry> out = new ArrayList<>(bundled());
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                    if (!isId(id) || out.stream().anyMatch(e -> e.id().equals(id))) {
                        continue;
                    }
                    FormLoader.Result r = new FormLoader().read(file);
                    if (r.form() != null && r.form().id().equals(id)) {
                        out.add(new Entry(id, r.form().version(), r.form().title(), file));
                    }
                }
            } catch (IOException e) {
                return out;
            }
        }
        return out;
    }

    /**
     * The form with this id: bundled, else {@code <folder>/<id>.yaml}. Throws when the id is not an id, or no
     * such form exists; the message says which.
     */
    public Form load(String id) throws FormFileException {
        if (!isId(id)) {
            throw new FormFileException(new Problem(SourceLocation.unknown(String.valueOf(id)),
                    "'" + id + "' is not a form id (lower-case letters, digits, - and _); a form is named by its id"));
        }
        BundledForms files = BundledForms.fromEnvironment();
        byte[] yaml;
        try {
            yaml = files.read(id + ".yaml");
        } catch (IOException e) {
            throw new FormFileException(new Problem(SourceLocation.unknown("forms/" + id + ".yaml"),
                    "cannot be read: " + FormLoader.reason(e)));
        }
        if (yaml != null) {
            return FormLoader.loadBundled(files, id, yaml);
        }
        Path file = folder.resolve(id + ".yaml");
        if (file.normalize().getParent() != null && file.normalize().getParent().equals(folder.normalize())
                && Files.isRegularFile(file)) {
            return new FormLoader().load(file);
        }
        throw new FormFileException(new Problem(SourceLocation.unknown(id), "no form '" + id
                + "' is bundled or in the forms folder " + folder + "; `formdesk forms` lists them"));
    }
}
