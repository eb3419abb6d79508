package org.formdesk;

import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** The seed form and its published 2021 record, shared by tests (paths are relative to the project). */
public final class SeedData {
    public static final Path FORM = Path.of("forms/dept-perf-self-eval.yaml");
    public static final Path EXAMPLE = Path.of("examples/dept-perf-self-eval-2021.yaml");

    private static Engine engine;

    private SeedData() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            try {
                engine = Engine.of(new FormLoader().load(FORM));
            } catch (FormFileException e) {
                throw new AssertionError("the seed form does not load: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    public static Form form() {
        return engine().form();
    }

    public static RecordRead exampleRead() {
        return new RecordReader(form()).read(EXAMPLE);
    }

    public static RecordFile example() {
        RecordRead read = exampleRead();
        if (!read.usable()) {
            throw new AssertionError("the example record does not read: " + read.fatal());
        }
        return read.record();
    }

    public static FormState exampleState() {
        return Records.state(engine(), example());
    }
}
