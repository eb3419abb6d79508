package org.formdesk.cli;

import picocli.CommandLine.Option;

/** How a CSV is laid out, the same for one record (export) and for many (collect). */
final class CsvOptions {
    @Option(names = "--ids", description = "CSV: headers are the bare ids (for scripts), not label [id].")
    boolean idsOnly;

    @Option(names = "--layout", paramLabel = "wide|long", defaultValue = "wide", converter = CsvLayout.Converter.class,
            description = "CSV: wide is a row per record with a column per field; long is a line per record and field"
                    + " and per table cell, under the same columns for every record, form version and row count, so"
                    + " that files stack (default: ${DEFAULT-VALUE}).")
    CsvLayout layout;

    boolean isLong() {
        return layout == CsvLayout.LONG;
    }
}
