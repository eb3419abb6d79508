package org.formdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formdesk.record.FileWrites;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a record in canonical form, with its computed figures and score, as YAML or JSON.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECORD", description = "The record file.")
    Path record;

    @Option(names = "--form", paramLabel = "FILE", description = "The form definition (default: the form the record names).")
    Path form;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    enum Format { yaml, json }

    @Override
    public Integer call() {
        Loaded loaded = Loaded.record(record, form);
        String text = RecordWriter.write(RecordWriter.tree(loaded.read().record(), loaded.state()),
                format == Format.json ? RecordFormat.JSON : RecordFormat.YAML);
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            try {
                FileWrites.atomically(out, text);
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
        }
        return ExitCodes.OK;
    }
}
