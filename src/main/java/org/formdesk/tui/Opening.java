package org.formdesk.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Problem;
import org.formdesk.record.Change;
import org.formdesk.record.DraftStore;
import org.formdesk.record.Failure;
import org.formdesk.record.ReadLimits;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/**
 * A draft opened for filling: its state, explanations, dates and audit trail, and what the user must
 * be told first (values that no longer fit the form, a corrupt draft set aside). A new one when the file
 * does not exist yet.
 */
public record Opening(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history,
                      List<String> notices, boolean finalised, Start start) {

    public Opening(FormState state, Map<String, String> explanations, RecordMeta meta, List<Change> history,
                   List<String> notices) {
        this(state, explanations, meta, history, notices, false, null);
    }

    /** Values a new draft starts from, and the record (file) they come from: set through the audit trail. */
    public record Start(Map<String, Object> values, String source) {
    }

    public Opening {
        history = List.copyOf(history);
        notices = List.copyOf(notices);
    }

    /** Thrown when the draft exists but cannot be used; the message is one sentence for the user. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message);
        }
    }

    public static Opening open(Engine engine, Path draft) {
        return open(engine, draft, Words.of(engine.texts().language()));
    }

    public static Opening open(Engine engine, Path draft, Words words) {
        if (!Files.exists(draft)) {
            return fresh(engine);
        }
        String formId = RecordReader.formIdOf(draft);
        if (formId != null && !formId.equals(engine.form().id())) {
            throw new Unusable(words.t("draftOtherForm", draft, formId, engine.form().id()));
        }
        RecordRead read = read(engine, draft, words);
        if (!read.usable()) {
            // Truncated, garbled or too big to read: keep the file for the user, and let them start again at once.
            String why = read.fatal().stream()
                    .map(p -> words.chinese() ? p.location() + "：" + ReadLimits.zh(p) : p.toString())
                    .collect(Collectors.joining("; "));
            try {
                Path aside = DraftStore.setAside(draft);
                return fresh(engine, List.of(words.t("corruptDraft", why, aside.getFileName())));
            } catch (IOException e) {
                throw new Unusable(words.t("corruptNotSetAside", why, Failure.sentence(e, words.chinese(), draft)));
            }
        }
        List<String> notices = new ArrayList<>();
        if (!read.issues().isEmpty()) {
            notices.add(words.t("valuesLeftOut", read.issues().size(),
                    read.issues().stream().map(Problem::message).collect(Collectors.joining("; ")),
                    keepCopy(draft)));
        }
        read.notes().forEach(p -> notices.add(p.message()));
        // The draft's own values and the trail that tells how they came: resumed, nothing changes.
        RecordFile record = read.record();
        return new Opening(Records.state(engine, record), record.explanations(), record.meta(), record.history(),
                notices, record.status() == org.formdesk.record.RecordStatus.FINAL, null);
    }

    /**
     * The draft as read; past the size limit refused unread. A draft that cannot be read at all
     * (permissions, a disk error) is not corrupt: it stays where it is, and the session does not start.
     */
    private static RecordRead read(Engine engine, Path draft, Words words) {
        try {
            if (!Files.isRegularFile(draft)) {
                throw new Unusable(words.t("draftNotAFile", draft));
            }
            long size = Files.size(draft);
            if (size > ReadLimits.MAX_BYTES) {
                return new RecordRead(null, List.of(ReadLimits.tooLarge(draft.toString(), size).problem()), List.of(),
                        List.of(), Map.of());
            }
            return new RecordReader(engine.form()).read(draft.toString(), Files.readAllBytes(draft), RecordFormat.of(draft));
        } catch (IOException e) {
            throw new Unusable(Failure.sentence(e, words.chinese(), draft));
        }
    }

    /**
     * A new draft started from an existing record ({@code fill --from}; {@code source} names it): a fresh
     * form whose values are then set from the record as one change of the audit trail, which starts anew (the
     * record's own trail tells of another record's filling, not of this draft's).
     */
    public static Opening from(Engine engine, RecordFile record, String source, List<String> notices) {
        FormState state = engine.newState();
        state.applyDefaults();
        return new Opening(state, record.explanations(), record.meta(), List.of(), notices,
                record.status() == org.formdesk.record.RecordStatus.FINAL, new Start(record.values(), source));
    }

    /** A new record: every field empty but those with a default. */
    public static Opening fresh(Engine engine) {
        return fresh(engine, List.of());
    }

    private static Opening fresh(Engine engine, List<String> notices) {
        FormState state = engine.newState();
        state.applyDefaults();
        return new Opening(state, Map.of(), RecordMeta.NONE, List.of(), notices);
    }

    /** Before values are dropped for good at the next save, the draft as it was is copied beside it. */
    private static String keepCopy(Path draft) {
        Path copy = draft.resolveSibling(draft.getFileName() + ".before-" + java.time.LocalDate.now());
        try {
            if (!Files.exists(copy)) {
                Files.copy(draft, copy);
            }
            return copy.getFileName().toString();
        } catch (IOException e) {
            return "-";
        }
    }
}
