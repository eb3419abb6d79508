package org.formdesk.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.formdesk.form.Severity;

/**
 * A state's check results, with how many are in each (status, severity) kept as checks are re-run: a
 * screen asks for those counts on every key, and counting them would cost a pass over every check.
 */
final class CheckTally {
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    /** The checks each table's rows gave last time. */
    private final Map<String, Set<String>> rowCheckIds = new HashMap<>();
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

    /**
     * Stores the checks a table's rows gave now and forgets those they gave last time and no longer do
     * (a row deleted); true when any check is new, changed status or went.
     */
    boolean putRows(String tableId, List<CheckResult> results) {
        boolean changed = false;
        Set<String> now = new LinkedHashSet<>();
        for (CheckResult r : results) {
            changed |= put(r.id(), r);
            now.add(r.id());
        }
        for (String old : rowCheckIds.getOrDefault(tableId, Set.of())) {
            if (!now.contains(old)) {
                changed |= remove(old);
            }
        }
        rowCheckIds.put(tableId, now);
        return changed;
    }

    /** Forgets a check; true when there was one. */
    private boolean remove(String id) {
        CheckResult old = checks.remove(id);
        if (old != null) {
            counts[slot(old.status(), old.severity())]--;
        }
        return old != null;
    }

    void clear() {
        checks.clear();
        rowCheckIds.clear();
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
