package org.formdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formdesk.record.FileWrites;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.MarkdownReport;
import org.formdesk.record.export.RecordCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write a record for other tools: YAML, JSON, a CSV row or a Markdown report.",
        description = "Canonical YAML or JSON with its computed figures and score, one CSV row for a spreadsheet"
                + " (UTF-8 with BOM, formulas guarded), or a Markdown report.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECORD", description = "The record file.")
    Path record;

    @Option(names = "--form", paramLabel = "FILE", description = "The form definition (default: the form the record names).")
    Path form;

    @Option(names = "--format", paramLabel = "yaml|json|csv|md", defaultValue = "yaml",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--ids", description = "CSV: headers are the bare field ids (for scripts), not label [id].")
    boolean idsOnly;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    enum Format { yaml, json, csv, md }

    @Override
    public Integer call() {
        Loaded loaded = Loaded.record(record, form);
        String text = switch (format) {
            case csv -> RecordCsv.of(loaded.read().record(), loaded.state(), idsOnly);
            case md -> MarkdownReport.of(loaded.read(), loaded.state());
            default -> RecordWriter.write(RecordWriter.tree(loaded.read().record(), loaded.state()),
                    format == Format.json ? RecordFormat.JSON : RecordFormat.YAML);
        };
        Output.write(spec, out, text);
        return ExitCodes.OK;
    }
}
