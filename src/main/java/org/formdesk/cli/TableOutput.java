package org.formdesk.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How and where a table is written, the same for one record (export) and for many (collect): the CSV's
 * headers and layout, and the output file.
 */
final class TableOutput {
    @Option(names = "--ids", description = "CSV: headers are the bare ids (for scripts), not label [id].")
    boolean idsOnly;

    @Option(names = "--layout", paramLabel = "wide|long", defaultValue = "wide", converter = CsvLayout.Converter.class,
            description = "CSV: wide is a row per record with a column per field; long is a line per record and field"
                    + " and per table cell, under the same columns for every record, form version and row count, so"
                    + " that files stack (default: ${DEFAULT-VALUE}).")
    CsvLayout layout;

    @Mixin
    OutFile file;

    boolean isLong() {
        return layout == CsvLayout.LONG;
    }
}
