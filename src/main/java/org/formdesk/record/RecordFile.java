package org.formdesk.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as stored: which form it fills, and the values as raw input (a String per field, a list of
 * row maps per table), so that a draft keeps even input that does not yet validate. {@code history} is
 * the audit trail, oldest first.
 */
public record RecordFile(String form, String formVersion, String formHash, RecordStatus status,
                         Map<String, Object> values, Map<String, String> explanations, RecordMeta meta,
                         List<Change> history) {
    public RecordFile {
        history = history == null ? List.of() : List.copyOf(history);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations == null ? Map.of() : explanations));
        status = status == null ? RecordStatus.DRAFT : status;
        meta = meta == null ? RecordMeta.NONE : meta;
    }

    public RecordFile(String form, String formVersion, String formHash, RecordStatus status,
                      Map<String, Object> values, Map<String, String> explanations, RecordMeta meta) {
        this(form, formVersion, formHash, status, values, explanations, meta, List.of());
    }

    public RecordFile withStatus(RecordStatus newStatus) {
        return new RecordFile(form, formVersion, formHash, newStatus, values, explanations, meta, history);
    }
}
