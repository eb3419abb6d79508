package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.record.RecordStatus;

/**
 * Finalize, the same for the screen and for {@code --plain}: refused while errors remain, then an
 * explanation asked for each warning that has none (kept in the record), then the record written as YAML
 * and JSON and the draft saved beside it. Only how the question is asked differs between the two.
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

    /** Writes the final record and then saves the draft (its meta stamped once for both). */
    static List<Path> write(FillModel m) throws IOException {
        m.meta = m.meta.touched(org.formdesk.record.DraftRepository.now(), m.who.user());
        List<Path> paths = m.drafts.writeRecord(m.snapshot(RecordStatus.FINAL), m.state);
        m.finalised = true; // the draft is saved as final, and lists as 已定稿 with the record's path
        m.save(false);
        return paths;
    }
}
