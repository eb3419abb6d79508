package org.formdesk.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.RecordKeys;

/**
 * The one place a session's records touch the disk: its draft (saved atomically, 0600, in a 0700 folder)
 * and the finished record (&lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json), and new drafts started
 * from records that already exist.
 */
public final class DraftRepository {
    private final Path draft;
    private final Path outDir;
    private final boolean scratch;

    public DraftRepository(Path draft, Path outDir) {
        this(draft, outDir, false);
    }

    private DraftRepository(Path draft, Path outDir, boolean scratch) {
        this.draft = draft;
        this.outDir = outDir;
        this.scratch = scratch;
    }

    /** For a session that must never touch a file (the JIT warm-up): saving and writing fail. */
    public static DraftRepository scratch() {
        Path nowhere = Path.of("formdesk-scratch-never-written");
        return new DraftRepository(nowhere, nowhere, true);
    }

    public Path draft() {
        return draft;
    }

    /** Where Finalize writes the record. */
    public Path out() {
        return outDir;
    }

    /** Writes the draft atomically, readable by its owner only; a folder it had to make, only its owner enters. */
    public void saveDraft(JsonNode tree) throws IOException {
        refuseScratch();
        DraftStore.ensureParent(draft);
        DraftStore.save(draft, RecordWriter.yaml(tree));
    }

    /** Writes the final record (as {@link RecordWriter#tree} makes it) as &lt;base&gt;.yaml and .json; returns both paths. */
    public List<Path> writeRecord(JsonNode tree, String base) throws IOException {
        refuseScratch();
        Path yaml = outDir.resolve(base + ".yaml");
        Path json = outDir.resolve(base + ".json");
        // Both or neither: a full disk must not leave a final .yaml without its .json.
        java.util.Map<Path, byte[]> both = new java.util.LinkedHashMap<>();
        both.put(yaml, RecordWriter.yaml(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        both.put(json, RecordWriter.json(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FileWrites.together(both);
        // Beside the draft: where its record went, for the draft list (已定稿 → path).
        FileWrites.atomically(DraftIndex.recordNoteOf(draft), yaml + "\n");
        return List.of(yaml, json);
    }

    /** Where the record will be written: &lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json, as absolute paths. */
    public List<Path> targets(FormState state) {
        String base = baseName(state);
        Path dir = outDir.toAbsolutePath();
        return List.of(dir.resolve(base + ".yaml"), dir.resolve(base + ".json"));
    }

    private void refuseScratch() throws IOException {
        if (scratch) {
            throw new IOException("a scratch session saves nothing");
        }
    }

    /** Now, to the second, as the audit trail and the meta write it. */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** &lt;form&gt;-&lt;year&gt;-&lt;unit&gt;, each part reduced to characters every file system accepts. */
    public static String baseName(FormState state) {
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

    /**
     * Reads a record file (YAML, or JSON by its .json name; an export or a saved record) and returns it
     * as a new draft of {@code form}. When {@code usable()} is false, {@code fatal()} says why, each
     * problem naming the file. Otherwise {@code record()} is the draft, and {@code issues()} and
     * {@code notes()} say what was left out (unknown fields, computed values) or differs (another form
     * version), for the screen to show.
     */
    public static RecordRead fromExport(Form form, Path exported) {
        RecordRead read = new RecordReader(form).read(exported);
        if (!read.usable()) {
            return read;
        }
        return new RecordRead(asDraft(form, read.record()), read.fatal(), read.issues(), read.notes(), read.locations());
    }

    /**
     * The same values and explanations as a draft of this form's version, with no meta: the first save
     * stamps it as new. Computed figures and the score are never carried; the engine derives them.
     */
    public static RecordFile asDraft(Form form, RecordFile record) {
        return new RecordFile(form.id(), form.version(), form.hash(), RecordStatus.DRAFT, record.values(),
                record.explanations(), RecordMeta.NONE);
    }
}
