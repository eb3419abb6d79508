package org.formdesk.record;

import java.nio.file.Path;
import org.formdesk.form.Form;

/** New drafts started from records that already exist: {@code formdesk fill --from RECORD}. */
public final class Drafts {
    private Drafts() {
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
