package org.formdesk.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.RecordKeys;
import org.formdesk.record.Change;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftStore;
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
    private final boolean scratch;

    public Drafts(Path draft, Path outDir) {
        this(draft, outDir, false);
    }

    private Drafts(Path draft, Path outDir, boolean scratch) {
        this.draft = draft;
        this.outDir = outDir;
        this.scratch = scratch;
    }

    /** For a model that must never touch a file ({@link Warmup}): saving and finishing fail. */
    static Drafts scratch() {
        Path nowhere = Path.of("formdesk-scratch-never-written");
        return new Drafts(nowhere, nowhere, true);
    }

    private void refuseScratch() throws IOException {
        if (scratch) {
            throw new IOException("a scratch session saves nothing");
        }
    }

    public Path draft() {
        return draft;
    }

    /** Writes the draft atomically, readable by its owner only, in a folder only its owner can enter. */
    public void save(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history)
            throws IOException {
        save(state, explanations, meta, history, false);
    }

    /** As above; a finalised draft is saved with {@code status: final}, and lists as 已定稿. */
    public void save(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history,
                     boolean finalised) throws IOException {
        refuseScratch();
        RecordFile record = Records.of(state, finalised ? RecordStatus.FINAL : RecordStatus.DRAFT, explanations, meta,
                history);
        new DraftStore(draft.toAbsolutePath().getParent()).ensureDir();
        DraftStore.save(draft, RecordWriter.yaml(RecordWriter.tree(record, state)));
    }

    /** Writes &lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json; returns both paths. */
    public List<Path> finish(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history)
            throws IOException {
        refuseScratch();
        var tree = RecordWriter.tree(Records.of(state, RecordStatus.FINAL, explanations, meta, history), state);
        List<Path> paths = targets(state);
        Path yaml = paths.get(0);
        Path json = paths.get(1);
        Files.createDirectories(outDir);
        FileWrites.atomically(yaml, RecordWriter.yaml(tree));
        FileWrites.atomically(json, RecordWriter.json(tree));
        // Beside the draft: where its record went, for the draft list (已定稿 → path).
        FileWrites.atomically(DraftIndex.recordNoteOf(draft), yaml.toAbsolutePath() + "\n");
        return List.of(yaml, json);
    }

    /** Where Finalize writes: &lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json. */
    public List<Path> targets(FormState state) {
        String base = baseName(state);
        return List.of(outDir.resolve(base + ".yaml").toAbsolutePath(), outDir.resolve(base + ".json").toAbsolutePath());
    }

    static RecordMeta touched(RecordMeta meta) {
        return meta.touched(now(), System.getProperty("user.name"));
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
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
}
