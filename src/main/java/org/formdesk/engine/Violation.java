package org.formdesk.engine;

import java.util.List;
import org.formdesk.form.Severity;

/** One open problem: a field's own error, or a failed or pending check. {@code id} is the field or check id. */
public record Violation(String id, Kind kind, Severity severity, List<String> fields, String message) {
    public enum Kind { FIELD, CHECK }

    public Violation {
        fields = List.copyOf(fields);
    }
}
