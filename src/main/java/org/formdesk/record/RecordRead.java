package org.formdesk.record;

import java.util.List;
import java.util.Map;
import org.formdesk.form.Problem;
import org.formdesk.form.SourceLocation;

/**
 * A record file as read: the record (null when it cannot be used at all), the problems that make
 * it unusable ({@code fatal}), those that make it wrong ({@code issues}: unknown ids, keys or checks) and
 * those worth saying but not wrong ({@code notes}: written for another version of the form).
 */
public record RecordRead(RecordFile record, List<Problem> fatal, List<Problem> issues, List<Problem> notes,
                         Map<String, SourceLocation> locations) {
    public RecordRead {
        notes = List.copyOf(notes);
        locations = Map.copyOf(locations);
        fatal = List.copyOf(fatal);
        issues = List.copyOf(issues);
    }

    /** Where a field's value stands in the file, for messages about it. */
    public SourceLocation locationOf(String fieldId) {
        return locations.get(fieldId);
    }

    public boolean usable() {
        return record != null && fatal.isEmpty();
    }
}
