package org.formdesk.record.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** The seed form and its finished 2021 record, read as the commands read them. */
public final class Seed {
    public static final Path FORM = Path.of("forms/dept-perf-self-eval.yaml");
    public static final Path RECORD = Path.of("examples/dept-perf-self-eval-2021.yaml");
    private static Engine engine;

    private Seed() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            try {
                Form form = new FormLoader().load(FORM);
                engine = Engine.of(form);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }

    public static Form form() {
        return engine().form();
    }

    public static RecordRead read() {
        return read(RECORD);
    }

    public static RecordRead read(Path file) {
        RecordRead read = new RecordReader(form()).read(file);
        if (!read.usable()) {
            throw new IllegalStateException(read.fatal().toString());
        }
        return read;
    }

    /** A record given as text (YAML unless the name ends .json). */
    public static RecordRead read(String name, String text) {
        RecordRead read = new RecordReader(form()).read(name, text.getBytes(StandardCharsets.UTF_8),
                RecordFormat.of(Path.of(name)));
        if (!read.usable()) {
            throw new IllegalStateException(read.fatal().toString());
        }
        return read;
    }

    public static FormState state(RecordRead read) {
        return Records.state(engine(), read.record());
    }
}
