package org.formdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** A form and a record read for a command, or a {@link UserError} that says why not. */
record Loaded(Engine engine, RecordRead read, FormState state) {

    /** The form: the file given, else the bundled form the record names, else ./forms/&lt;id&gt;.yaml. */
    static Engine engine(Path formFile, String formId) {
        FormLoader loader = new FormLoader();
        try {
            Form form;
            if (formFile != null) {
                form = loader.load(formFile);
            } else {
                String id = formId == null ? FormLoader.DEFAULT_FORM : formId;
                Path local = Path.of("forms", id + ".yaml");
                form = FormLoader.class.getResource("/forms/" + id + ".yaml") != null ? loader.loadBundled(id)
                        : Files.isRegularFile(local) ? loader.load(local) : null;
                if (form == null) {
                    throw new UserError("no form named '" + id + "' is bundled or in ./forms; give it with --form FILE");
                }
            }
            return Engine.of(form);
        } catch (FormFileException e) {
            throw new UserError("the form cannot be used:\n" + e.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    static Loaded record(Path recordFile, Path formFile) {
        Engine engine = engine(formFile, formFile == null ? RecordReader.formIdOf(recordFile) : null);
        RecordRead read = new RecordReader(engine.form()).read(recordFile);
        if (!read.usable()) {
            throw new UserError(read.fatal().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return new Loaded(engine, read, Records.state(engine, read.record()));
    }
}
