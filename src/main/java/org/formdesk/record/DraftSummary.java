package org.formdesk.record;

import java.nio.file.Path;

/** One line of the draft list: which form, which unit and year, how far, when last saved; or why unreadable. */
public record DraftSummary(Path file, String form, String unit, String year, int progress, String lastSaved,
                           String problem, RecordStatus status, Path record) {
    public DraftSummary(Path file, String form, String unit, String year, int progress, String lastSaved, String problem) {
        this(file, form, unit, year, progress, lastSaved, problem, RecordStatus.DRAFT, null);
    }

    public boolean isFinal() {
        return status == RecordStatus.FINAL;
    }
}
