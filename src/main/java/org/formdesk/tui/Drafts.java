package org.formdesk.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.RecordKeys;
import org.formdesk.record.FileWrites;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.Records;

/** Where a draft and a finished record go, and the one method that saves each. */
public final class Drafts {
    private final Path draft;
    private final Path outDir;

    public Drafts(Path draft, Path outDir) {
        this.draft = draft;
        this.outDir = outDir;
    }

    public Path draft() {
        return draft;
    }

    /** $XDG_DATA_HOME/formdesk/drafts/&lt;form&gt;.yaml, else ~/.local/share/formdesk/drafts/. */
    public static Path defaultDraft(String formId) {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("formdesk").resolve("drafts").resolve(formId + ".yaml");
    }

    /** Writes the draft atomically, readable by its owner only. */
    public void save(FormState state, Map<String, String> explanations, RecordMeta meta) throws IOException {
        RecordFile record = Records.of(state, RecordStatus.DRAFT, explanations, meta);
        privateDirectory(draft.toAbsolutePath().getParent());
        FileWrites.atomically(draft, RecordWriter.yaml(RecordWriter.tree(record, state)));
        ownerOnly(draft, "rw-------");
    }

    /** Writes &lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json; returns both paths. */
    public List<Path> finish(FormState state, Map<String, String> explanations, RecordMeta meta) throws IOException {
        RecordFile record = Records.of(state, RecordStatus.FINAL, explanations, meta);
        var tree = RecordWriter.tree(record, state);
        String base = baseName(state);
        Files.createDirectories(outDir);
        Path yaml = outDir.resolve(base + ".yaml");
        Path json = outDir.resolve(base + ".json");
        FileWrites.atomically(yaml, RecordWriter.yaml(tree));
        FileWrites.atomically(json, RecordWriter.json(tree));
        return List.of(yaml, json);
    }

    static RecordMeta touched(RecordMeta meta) {
        return meta.touched(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), System.getProperty("user.name"));
    }

    /** &lt;form&gt;-&lt;year&gt;-&lt;unit&gt;, each part reduced to characters every file system accepts. */
    static String baseName(FormState state) {
        Form form = state.form();
        RecordKeys keys = form.definition().record();
        StringBuilder sb = new StringBuilder(form.id());
        if (keys != null) {
            for (String id : new String[] {keys.year(), keys.unit()}) {
                if (id != null && state.raw(id) instanceof String s && !s.isBlank()) {
                    sb.append('-').append(safe(state.shown(id)));
                }
            }
        }
        return sb.toString();
    }

    static String safe(String part) {
        String s = part.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "_").replaceAll("^\\.+", "_");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static void privateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
        }
    }

    private static void ownerOnly(Path path, String perms) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the file is still written; its mode is the system's default.
        }
    }
}
