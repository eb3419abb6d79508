package org.formdesk.tui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Problem;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** A draft opened for filling: its state, explanations and dates; a new one when the file does not exist yet. */
public record Opening(FormState state, Map<String, String> explanations, RecordMeta meta) {

    /** Thrown when the draft exists but cannot be used; the message is one sentence for the user. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message);
        }
    }

    public static Opening open(Engine engine, Path draft) {
        if (!Files.exists(draft)) {
            FormState state = engine.newState();
            state.applyDefaults();
            return new Opening(state, Map.of(), RecordMeta.NONE);
        }
        RecordRead read = new RecordReader(engine.form()).read(draft);
        if (!read.usable()) {
            throw new Unusable(read.fatal().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        RecordFile record = read.record();
        if (record.form() != null && !record.form().equals(engine.form().id())) {
            throw new Unusable(draft + " is a record of form '" + record.form() + "', not '" + engine.form().id()
                    + "'; give that form with --form FILE");
        }
        return new Opening(Records.state(engine, record), record.explanations(), record.meta());
    }
}
