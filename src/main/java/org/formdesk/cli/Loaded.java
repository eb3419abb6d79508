package org.formdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormCatalog;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** A form and a record read for a command, or a {@link UserError} that says why not. */
record Loaded(Engine engine, RecordRead read, FormState state) {

    /**
     * The form: {@code --form} as given (a file, else a form id), else the form the record names (by id only:
     * bundled or in the forms folder, never a path), else the default form.
     */
    static Engine engine(String formOption, String recordFormId) {
        try {
            return Engine.of(form(formOption, recordFormId));
        } catch (FormFileException e) {
            throw unusable(e);
        }
    }

    /** The form of a fill ({@link org.formdesk.startup.FormSource}): {@code --form} as given, else the default form. */
    static Form form(String formOption) throws FormFileException {
        return form(formOption, null);
    }

    private static Form form(String formOption, String recordFormId) throws FormFileException {
        FormCatalog catalog = FormCatalog.fromEnvironment();
        if (formOption != null) {
            Path file = Path.of(formOption);
            if (Files.isRegularFile(file) || !FormCatalog.isId(formOption)) {
                if (!Files.exists(file)) {
                    throw new UserError(formOption + ": no such form file, and no form has that id;"
                            + " `formdesk forms` lists them");
                }
                return new FormLoader().load(file);
            }
            return catalog.load(formOption);
        }
        String id = recordFormId != null ? recordFormId : FormCatalog.defaultId();
        if (id == null) {
            throw new UserError("no form is bundled; give one with --form FILE");
        }
        return catalog.load(id);
    }

    /** What the user is told when the form cannot be used: every problem, located. */
    static UserError unusable(FormFileException e) {
        return new UserError("the form cannot be used:\n" + e.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
    }

    /** Kept for callers that hold a path: a form file, or null for the default form. */
    static Engine engine(Path formFile, String recordFormId) {
        return engine(formFile == null ? null : formFile.toString(), recordFormId);
    }

    static Loaded record(Path recordFile, String formOption) {
        Engine engine = engine(formOption, formOption == null ? RecordReader.formIdOf(recordFile) : null);
        RecordRead read = new RecordReader(engine.form()).read(recordFile);
        if (!read.usable()) {
            throw new UserError(read.fatal().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return new Loaded(engine, read, Records.state(engine, read.record()));
    }
}
