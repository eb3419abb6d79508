package org.formdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formdesk.record.FileWrites;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.DocxReport;
import org.formdesk.record.export.LongCsv;
import org.formdesk.record.export.MarkdownReport;
import org.formdesk.record.export.RecordWorkbook;
import org.formdesk.record.export.RecordCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write a record for other tools: YAML, JSON, CSV, Markdown, Word or Excel.",
        description = "Canonical YAML or JSON with its computed figures and score, one CSV row for a spreadsheet"
                + " (UTF-8 with BOM, formulas guarded) or a long CSV that stacks, a Markdown report, the printed form"
                + " as a Word document (docx), or an Excel workbook (xlsx).")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECORD", description = "The record file.")
    Path record;

    @Option(names = "--form", paramLabel = "FORM", description = "A bundled form's id or a form file (default: the form the record names).")
    String form;

    @Option(names = "--format", paramLabel = "yaml|json|csv|md|docx|xlsx", defaultValue = "yaml",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--ids", description = "CSV: headers are the bare field ids (for scripts), not label [id].")
    boolean idsOnly;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Option(names = "--layout", paramLabel = "wide|long", defaultValue = "wide", converter = CsvLayout.Converter.class,
            description = "CSV: wide is one row with a column per field; long is a line per field and per table cell,"
                    + " under the same columns for every record, so that files stack (default: ${DEFAULT-VALUE}).")
    CsvLayout layout;

    enum Format { yaml, json, csv, md, docx, xlsx }

    @Override
    public Integer call() {
        Loaded loaded = Loaded.record(record, form);
        if (format == Format.docx || format == Format.xlsx) {
            byte[] bytes = format == Format.docx ? DocxReport.of(loaded.read(), loaded.state())
                    : RecordWorkbook.of(loaded.read(), loaded.state());
            Output.write(spec, out, bytes, format.name());
            return ExitCodes.OK;
        }
        String text = switch (format) {
            case csv -> layout == CsvLayout.LONG ? LongCsv.of(record.toString(), loaded.read(), loaded.state(), idsOnly)
                    : RecordCsv.of(loaded.read().record(), loaded.state(), idsOnly);
            case md -> MarkdownReport.of(loaded.read(), loaded.state());
            default -> RecordWriter.write(RecordWriter.tree(loaded.read().record(), loaded.state()),
                    format == Format.json ? RecordFormat.JSON : RecordFormat.YAML);
        };
        Output.write(spec, out, text);
        return ExitCodes.OK;
    }
}
