package org.formdesk.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.formdesk.form.Severity;

/**
 * A state's check results, with how many are in each (status, severity) kept as checks are re-run: a
 * screen asks for those counts on every key, and counting them would cost a pass over every check.
 */
final class CheckTally {
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    private final int[] counts = new int[CheckStatus.values().length * Severity.values().length];

    /** Stores a result; true when the check is new or its status changed. */
    boolean put(String id, CheckResult result) {
        CheckResult old = checks.put(id, result);
        if (old != null) {
            counts[slot(old.status(), old.severity())]--;
        }
        counts[slot(result.status(), result.severity())]++;
        return old == null || old.status() != result.status();
    }

    /** Forgets a check; true when there was one. */
    boolean remove(String id) {
        CheckResult old = checks.remove(id);
        if (old != null) {
            counts[slot(old.status(), old.severity())]--;
        }
        return old != null;
    }

    void clear() {
        checks.clear();
        Arrays.fill(counts, 0);
    }

    CheckResult get(String id) {
        return checks.get(id);
    }

    Collection<CheckResult> all() {
        return Collections.unmodifiableCollection(checks.values());
    }

    int count(CheckStatus status, Severity severity) {
        return counts[slot(status, severity)];
    }

    private static int slot(CheckStatus status, Severity severity) {
        return status.ordinal() * Severity.values().length + severity.ordinal();
    }
}
