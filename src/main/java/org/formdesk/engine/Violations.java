package org.formdesk.engine;

import java.util.ArrayList;
import java.util.List;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Severity;

/** A state's open problems as violations, in form order, and how far the record is. */
final class Violations {
    private Violations() {
    }

    static List<Violation> errors(FormState state) {
        List<Violation> out = new ArrayList<>();
        for (String id : state.form().fields().keySet()) {
            for (String message : state.fieldErrors(id)) {
                out.add(new Violation(id, Violation.Kind.FIELD, Severity.ERROR, List.of(id), message));
            }
        }
        out.addAll(checks(state, CheckStatus.FAILED, Severity.ERROR));
        return out;
    }

    static List<Violation> checks(FormState state, CheckStatus status, Severity severity) {
        List<Violation> out = new ArrayList<>();
        for (CheckResult r : state.checkResults()) {
            if (r.status() == status && r.severity() == severity) {
                out.add(new Violation(r.id(), Violation.Kind.CHECK, r.severity(), r.fields(), r.message()));
            }
        }
        return out;
    }

    /** The checks waiting for input: errors first, then warnings. */
    static List<Violation> pending(FormState state) {
        List<Violation> out = checks(state, CheckStatus.PENDING, Severity.ERROR);
        out.addAll(checks(state, CheckStatus.PENDING, Severity.WARNING));
        return out;
    }

    static int progress(FormState state) {
        int required = 0;
        int answered = 0;
        for (FieldDef field : state.form().fields().values()) {
            if (!field.isComputed() && state.isRequired(field)) {
                required++;
                if (state.value(field.id()) != null && state.fieldErrors(field.id()).isEmpty()) {
                    answered++;
                }
            }
        }
        int percent = required == 0 ? 100 : (int) Math.floor(100.0 * answered / required);
        return errors(state).isEmpty() ? percent : Math.min(percent, 99);
    }
}
