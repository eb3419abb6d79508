package org.formdesk.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record as stored: which form it fills, and the values as raw input (a String per field, a list of
 * row maps per table), so that a draft keeps even input that does not yet validate.
 */
public record RecordFile(String form, String formVersion, String formHash, RecordStatus status,
                         Map<String, Object> values, Map<String, String> explanations, RecordMeta meta) {
    public RecordFile {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations == null ? Map.of() : explanations));
        status = status == null ? RecordStatus.DRAFT : status;
        meta = meta == null ? RecordMeta.NONE : meta;
    }
}
