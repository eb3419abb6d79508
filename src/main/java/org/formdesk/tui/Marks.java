package org.formdesk.tui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.CheckStatus;
import org.formdesk.engine.FormState;
import org.formdesk.form.Severity;

/**
 * The mark of every section and of the summary, worked out in one pass over the fields with errors and
 * the shown checks, and kept until the state's status or the shown checks change (asking section by
 * section cost sections × checks per paint).
 */
final class Marks {
    enum Mark { COMPLETE, ERRORS, WARNINGS, PENDING }

    private final Layout layout;
    /** The section of each field a check names, by check: worked out once per check, not once per paint. */
    private final Map<String, Placed> placed = new HashMap<>();
    private Mark[] marks;
    private long version;
    private Map<String, CheckResult> checks;

    Marks(Layout layout) {
        this.layout = layout;
    }

    Mark[] of(FormState state, Map<String, CheckResult> shownChecks) {
        if (marks == null || version != state.statusVersion() || checks != shownChecks) {
            marks = compute(state, shownChecks);
            version = state.statusVersion();
            checks = shownChecks;
        }
        return marks;
    }

    /** A check's fields and the section each is on (-1: on none, a table column). */
    private record Placed(List<String> ids, int[] sections) {
    }

    private int[] sectionsOf(CheckResult r) {
        List<String> ids = r.fields();
        Placed p = placed.get(r.id());
        if (p == null || p.ids() != ids && !p.ids().equals(ids)) {
            int[] sections = new int[ids.size()];
            for (int i = 0; i < sections.length; i++) {
                Integer s = layout.sectionOf(ids.get(i));
                sections[i] = s == null ? -1 : s;
            }
            p = new Placed(ids, sections);
            placed.put(r.id(), p);
        }
        return p.sections();
    }

    /** Whether a pending check waits on this field: it has no value yet (or none that could be read). */
    private static boolean waitsFor(FormState state, String id) {
        Object v = state.value(id);
        return v == null || v instanceof List<?> rows && rows.isEmpty();
    }

    private Mark[] compute(FormState state, Map<String, CheckResult> shownChecks) {
        int n = layout.summaryIndex();
        boolean[] errors = new boolean[n];
        boolean[] pending = new boolean[n];
        boolean[] warnings = new boolean[n];
        boolean anyFieldError = false;
        for (String id : state.fieldsWithErrors()) {
            if (state.fieldErrors(id).isEmpty()) {
                continue;
            }
            anyFieldError = true;
            Integer s = layout.sectionOf(id);
            if (s != null) {
                if (state.raw(id) != null) {
                    errors[s] = true;
                } else {
                    pending[s] = true;
                }
            }
        }
        for (CheckResult r : shownChecks.values()) {
            if (r.status() == CheckStatus.PASSED) {
                continue;
            }
            List<String> ids = r.fields();
            int[] sections = sectionsOf(r);
            for (int i = 0; i < sections.length; i++) {
                int s = sections[i];
                if (s < 0) {
                    continue;
                }
                if (r.status() == CheckStatus.FAILED) {
                    if (r.severity() == Severity.ERROR) {
                        errors[s] = true;
                    } else {
                        warnings[s] = true;
                    }
                } else if (r.status() == CheckStatus.PENDING && !pending[s] && waitsFor(state, ids.get(i))) {
                    // Only where the check waits: a section with every field filled is not "-" because a
                    // check it shares with another section waits there.
                    pending[s] = true;
                }
            }
        }
        boolean[] entered = new boolean[n];
        for (String id : state.filledIds()) {
            Integer s = layout.sectionOf(id);
            if (s != null && s < n) {
                entered[s] = true;
            }
        }
        Mark[] out = new Mark[n + 1];
        for (int s = 0; s < n; s++) {
            // A section nobody has entered anything in is not complete, even when none of its fields is required.
            out[s] = errors[s] ? Mark.ERRORS : warnings[s] ? Mark.WARNINGS : pending[s] || !entered[s] ? Mark.PENDING
                    : Mark.COMPLETE;
        }
        // The summary: as errors()/pending()/warnings() being empty, without building their violations.
        boolean failedError = state.checkCount(CheckStatus.FAILED, Severity.ERROR) > 0;
        boolean pendingCheck = state.checkCount(CheckStatus.PENDING, Severity.ERROR)
                + state.checkCount(CheckStatus.PENDING, Severity.WARNING) > 0;
        boolean failedWarning = state.checkCount(CheckStatus.FAILED, Severity.WARNING) > 0;
        out[n] = !anyFieldError && !failedError && !pendingCheck
                ? (failedWarning ? Mark.WARNINGS : Mark.COMPLETE) : Mark.PENDING;
        return out;
    }
}
