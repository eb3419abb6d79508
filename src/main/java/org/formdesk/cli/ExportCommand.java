package org.formdesk.cli;

import java.util.concurrent.Callable;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.DocxReport;
import org.formdesk.record.export.LongCsv;
import org.formdesk.record.export.MarkdownReport;
import org.formdesk.record.export.RecordWorkbook;
import org.formdesk.record.export.RecordCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write a record for other tools: YAML, JSON, CSV, Markdown, Word or Excel.",
        description = "Canonical YAML or JSON with its computed figures and score, one CSV row for a spreadsheet"
                + " (UTF-8 with BOM, formulas guarded) or a long CSV that stacks, a Markdown report, the printed form"
                + " as a Word document (docx), or an Excel workbook (xlsx).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    RecordInput input;

    @Option(names = "--format", paramLabel = "yaml|json|csv|md|docx|xlsx", defaultValue = "yaml",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    TableOutput table;

    enum Format { yaml, json, csv, md, docx, xlsx }

    @Override
    public Integer call() {
        Loaded loaded = input.load();
        if (format == Format.docx || format == Format.xlsx) {
            byte[] bytes = format == Format.docx ? DocxReport.of(loaded.read(), loaded.state())
                    : RecordWorkbook.of(loaded.read(), loaded.state());
            table.file.write(bytes, format.name());
            return ExitCodes.OK;
        }
        String text = switch (format) {
            case csv -> table.isLong() ? LongCsv.of(input.record.toString(), loaded.read(), loaded.state(), table.idsOnly)
                    : RecordCsv.of(loaded.read().record(), loaded.state(), table.idsOnly);
            case md -> MarkdownReport.of(loaded.read(), loaded.state());
            default -> RecordWriter.write(RecordWriter.tree(loaded.read().record(), loaded.state()),
                    format == Format.json ? RecordFormat.JSON : RecordFormat.YAML);
        };
        table.file.write(text);
        return ExitCodes.OK;
    }
}
