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
        refuseScratch();
        RecordFile record = Records.of(state, RecordStatus.DRAFT, explanations, meta, history);
        new DraftStore(draft.toAbsolutePath().getParent()).ensureDir();
        DraftStore.save(draft, RecordWriter.yaml(RecordWriter.tree(record, state)));
    }

    /** Writes &lt;out&gt;/&lt;form&gt;-&lt;year&gt;-&lt;unit&gt;.yaml and .json; returns both paths. */
    public List<Path> finish(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history)
            throws IOException {
        refuseScratch();
        var tree = RecordWriter.tree(Records.of(state, RecordStatus.FINAL, explanations, meta, history), state);
        String base = baseName(state);
        Files.createDirectories(outDir);
        Path yaml = outDir.resolve(base + ".yaml");
        Path json = outDir.resolve(base + ".json");
        FileWrites.atomically(yaml, RecordWriter.yaml(tree));
        FileWrites.atomically(json, RecordWriter.json(tree));
        return List.of(yaml, json);
    }

    static RecordMeta touched(RecordMeta meta) {
        return touched(meta, System.getProperty("user.name"));
    }

    static RecordMeta touched(RecordMeta meta, String user) {
        return meta.touched(now(), user);
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
