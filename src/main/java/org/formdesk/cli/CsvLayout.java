package org.formdesk.cli;

import picocli.CommandLine.ITypeConverter;

/** The CSV layouts: wide (a column per field) and long (a line per field, stackable). */
enum CsvLayout {
    WIDE, LONG;

    static final class Converter implements ITypeConverter<CsvLayout> {
        @Override
        public CsvLayout convert(String value) {
            return CsvLayout.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
