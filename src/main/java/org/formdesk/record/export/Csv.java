package org.formdesk.record.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.formdesk.engine.Visible;

/**
 * CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends, and a byte order mark so that Excel
 * reads the bytes as UTF-8 (without it Chinese turns to mojibake). Text that a spreadsheet would run
 * as a formula is guarded with a leading apostrophe; plain numbers, negative ones included, are
 * left alone so they stay numbers.
 */
public final class Csv {
    public static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private Csv() {
    }

    public static String write(Table table, boolean idsOnly) {
        return write(table, table.columns().stream().map(c -> c.header(idsOnly)).toList());
    }

    /** The table under the given header line. */
    public static String write(Table table, List<String> headers) {
        StringBuilder sb = new StringBuilder(BOM);
        line(sb, headers.stream().map(Visible::of).toList());
        for (List<Object> row : table.rows()) {
            line(sb, row.stream().map(Csv::text).toList());
        }
        return sb.toString();
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.toPlainString() : Visible.of(String.valueOf(cell));
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(guard(cells.get(i))));
        }
        sb.append(EOL);
    }

    /**
     * The cell as a spreadsheet will take it as text: an apostrophe before anything that starts, after
     * leading blanks and invisible format characters (a byte order mark, a zero-width space), with = + - or
     * @ or their full-width and small forms (＝＋－＠, which spreadsheets in Chinese set-ups fold into the
     * ASCII ones), or that starts with a tab or CR (OWASP's list), or with an apostrophe itself — so that
     * dropping one leading apostrophe always gives back the original.
     */
    public static String guard(String cell) {
        if (cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return needsGuard(cell) ? "'" + cell : cell;
    }

    private static boolean needsGuard(String cell) {
        if (cell.charAt(0) == '\'') {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '=', '+', '-', '@', '\t', '\r',
                        '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b', '\u2212' -> {
                    return true;
                }
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
                            && Character.getType(c) != Character.FORMAT) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
