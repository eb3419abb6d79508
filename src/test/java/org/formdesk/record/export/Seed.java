package org.formdesk.record.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.formdesk.SeedData;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** The seed form and its finished 2021 record, read as the commands read them. */
public final class Seed {
    public static final Path FORM = SeedData.FORM;
    public static final Path RECORD = SeedData.EXAMPLE;

    private Seed() {
    }

    public static Engine engine() {
        return SeedData.engine();
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
