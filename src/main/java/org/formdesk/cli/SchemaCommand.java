package org.formdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.RecordSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print a JSON Schema (draft 2020-12) of a record as export writes it.",
        description = "A draft may not pass it; formdesk validate also checks what a schema cannot (cross-checks).")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--form", paramLabel = "FORM", description = "A bundled form's id or a form file (default: the default bundled form; fill asks).")
    String form;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output.write(spec, out, RecordWriter.json(RecordSchema.of(Loaded.engine(form, null).form())));
        return ExitCodes.OK;
    }
}
