package org.formdesk.record.export;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/** Reads CSV back with an independent parser, as a spreadsheet or script would, keeping every character. */
public final class CsvReadBack {
    private CsvReadBack() {
    }

    public static List<List<String>> rows(String csv) {
        if (!csv.startsWith(Csv.BOM)) {
            throw new AssertionError("no byte order mark");
        }
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setLineSeparator("\r\n");
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setIgnoreLeadingWhitespacesInQuotes(false);
        settings.setIgnoreTrailingWhitespacesInQuotes(false);
        settings.setNormalizeLineEndingsWithinQuotes(false);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(10_000);
        settings.setSkipEmptyLines(false);
        settings.setNullValue("");
        settings.setEmptyValue("");
        return new CsvParser(settings).parseAll(new StringReader(csv.substring(1))).stream()
                .map(r -> Arrays.stream(r).map(c -> c == null ? "" : c).toList()).toList();
    }

    /** What a guarded cell meant: one leading apostrophe dropped. */
    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
