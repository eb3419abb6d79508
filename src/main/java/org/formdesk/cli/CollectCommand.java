package org.formdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.formdesk.engine.Engine;
import org.formdesk.record.RecordReader;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.export.CollectWorkbook;
import org.formdesk.record.export.Collection;
import org.formdesk.record.export.Csv;
import org.formdesk.record.export.JsonTable;
import org.formdesk.record.export.LongCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "collect", mixinStandardHelpOptions = true,
        header = "Validate many records of one form and write one table, a row per record.",
        description = "One row per record: unit, year, key amounts, every rate and indicator score, total, grade,"
                + " error and warning counts. A file that cannot be used is named on stderr and skipped (exit 2);"
                + " the rest still come out.")
final class CollectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
            description = "Record files, or folders searched at any depth for YAML and JSON records.")
    List<Path> inputs;

    @Option(names = "--form", paramLabel = "FORM",
            description = "The form definition (default: the form the first readable record names).")
    String form;

    @Option(names = "--format", paramLabel = "csv|json|xlsx", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    TableOutput table;

    @Spec
    CommandSpec spec;


    enum Format { csv, json, xlsx }

    @Override
    public Integer call() {
        Collection.Listing listing = Collection.files(inputs);
        String formId = form != null ? null
                : listing.files().stream().map(RecordReader::formIdOf).filter(id -> id != null).findFirst().orElse(null);
        Engine engine = Loaded.engine(form, formId);
        LongCsv longCsv = format == Format.csv && table.isLong() ? new LongCsv(engine.form()) : null;
        CollectWorkbook workbook = format == Format.xlsx ? new CollectWorkbook(engine.form()) : null;
        Collection.Result result = Collection.collect(engine, listing.files(), (file, read, state) -> {
            if (longCsv != null) {
                longCsv.add(file, read, state);
            }
            if (workbook != null) {
                workbook.add(file, read, state);
            }
        });
        if (workbook != null) {
            table.file.write(workbook.bytes(result.summary(), table.idsOnly), "xlsx");
        } else {
            String text = format == Format.json
                    ? RecordWriter.json(JsonTable.of(engine.form(), result.summary().table()))
                    : longCsv != null ? longCsv.write(table.idsOnly) : Csv.write(result.summary().table(), table.idsOnly);
            table.file.write(text);
        }
        var err = spec.commandLine().getErr();
        int skipped = listing.skipped().size() + result.skipped().size();
        CliWords words = CliWords.of(engine.texts().language());
        for (Collection.Skipped s : listing.skipped()) {
            err.println("formdesk: " + words.t("skipped", s));
        }
        for (Collection.Skipped s : result.skipped()) {
            err.println("formdesk: " + words.t("skipped", s));
        }
        int rows = result.summary().table().rows().size();
        err.println("formdesk: " + (skipped == 0 ? words.t("collected", rows) : words.t("collectedSkipped", rows, skipped)));
        return skipped == 0 ? ExitCodes.OK : ExitCodes.UNREADABLE;
    }
}
