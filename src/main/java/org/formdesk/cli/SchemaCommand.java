package org.formdesk.cli;

import java.util.concurrent.Callable;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.RecordSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print a JSON Schema (draft 2020-12) of a record as export writes it.",
        description = "A draft may not pass it; formdesk validate also checks what a schema cannot (cross-checks).")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--form", paramLabel = "FORM", description = "A bundled form's id or a form file (default: the default bundled form; fill asks).")
    String form;

    @Mixin
    OutFile out;

    @Override
    public Integer call() {
        out.write(RecordWriter.json(RecordSchema.of(Loaded.engine(form, null).form())));
        return ExitCodes.OK;
    }
}
