package org.formdesk.tui;

import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;

/**
 * Finalize, the same for the screen and for {@code --plain}: refused while errors remain, then an
 * explanation asked for each warning that has none (kept in the record), then the record written as YAML
 * and JSON (an effect) and the draft saved beside it. Only how the question is asked differs between the two.
 */
final class Finaliser {
    /** What Finalize needs next. */
    sealed interface Step permits Refused, Explain, Ready {
    }

    /** Errors remain: nothing is written. */
    record Refused(int errors) implements Step {
    }

    /** This warning needs an explanation first. */
    record Explain(Violation warning) implements Step {
    }

    /** Everything is in order: the record may be written. */
    record Ready() implements Step {
    }

    private Finaliser() {
    }

    static Step next(Verdict verdict) {
        if (!verdict.finalisable()) {
            return new Refused(verdict.errors().size());
        }
        Violation w = verdict.nextUnexplained();
        return w != null ? new Explain(w) : new Ready();
    }
}
