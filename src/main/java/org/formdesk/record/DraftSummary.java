package org.formdesk.record;

import java.nio.file.Path;

/** One line of the draft list: which form, which unit and year, how far, when last saved; or why unreadable. */
public record DraftSummary(Path file, String form, String unit, String year, int progress, String lastSaved,
                           String problem) {
}
