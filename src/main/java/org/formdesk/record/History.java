package org.formdesk.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a record's audit trail compact and bounded: a run of edits to one field by one user within
 * a few minutes collapses to one entry (first old value, last new value), and past {@link #MAX}
 * entries the oldest go. A row added or deleted ({@code table[2]}) is never collapsed: two rows added at
 * one place are two rows.
 */
public final class History {
    public static final int MAX = 500;
    private static final long MERGE_SECONDS = 300;

    private History() {
    }

    public static List<Change> append(List<Change> history, Change change) {
        List<Change> out = new ArrayList<>(history);
        if (!out.isEmpty()) {
            Change last = out.get(out.size() - 1);
            if (!isRow(change.field()) && last.field().equals(change.field()) && same(last.user(), change.user())
                    && same(last.origin(), change.origin()) && close(last.at(), change.at())) {
                out.set(out.size() - 1, new Change(last.field(), last.from(), change.to(), change.at(), change.user(),
                        change.origin()));
                if (same(last.from(), change.to())) {
                    out.remove(out.size() - 1); // changed and changed back: nothing happened
                }
                return out;
            }
        }
        out.add(change);
        while (out.size() > MAX) {
            out.remove(0);
        }
        return out;
    }

    /** {@code table[2]}: a row added, deleted or moved, as opposed to a value ({@code field}, {@code table[2].column}). */
    public static boolean isRow(String field) {
        return field.endsWith("]");
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean close(String a, String b) {
        try {
            return Math.abs(java.time.Instant.parse(b).getEpochSecond() - java.time.Instant.parse(a).getEpochSecond())
                    <= MERGE_SECONDS;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
