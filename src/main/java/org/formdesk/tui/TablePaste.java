package org.formdesk.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.form.FieldDef;

/**
 * Cells copied from a spreadsheet (tab between cells, a line per row) pasted into a table as Excel does:
 * from the focused cell rightwards and downwards, rows added as needed, cells beyond the last column left
 * out and counted. Pure: the caller stores the rows as one change.
 */
final class TablePaste {
    /** The rows after the paste; how many cells were filled, rows added and cells left out. */
    record Result(List<Map<String, String>> rows, int filled, int added, int leftOut) {
    }

    private TablePaste() {
    }

    /** Whether a pasted text is more than one cell (a tab or a line break between its cells). */
    static boolean isBlock(String text) {
        String t = trimEnd(text);
        return t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0;
    }

    static Result apply(List<Map<String, String>> rows, List<FieldDef> columns, int row, int column, String text) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            out.add(new LinkedHashMap<>(r));
        }
        String[] lines = trimEnd(text).split("\n", -1);
        int filled = 0;
        int added = 0;
        int leftOut = 0;
        for (int i = 0; i < lines.length; i++) {
            int r = row + i;
            while (r >= out.size()) {
                out.add(new LinkedHashMap<>());
                added++;
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                int c = column + j;
                String value = cells[j].strip();
                if (c >= columns.size()) {
                    if (!value.isEmpty()) {
                        leftOut++;
                    }
                    continue;
                }
                if (value.isEmpty()) {
                    out.get(r).remove(columns.get(c).id());
                } else {
                    out.get(r).put(columns.get(c).id(), value);
                }
                filled++;
            }
        }
        return new Result(out, filled, added, leftOut);
    }

    /** Line ends normalised, and the line end a copied block brings along dropped. */
    static String trimEnd(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '\n') {
            end--;
        }
        return t.substring(0, end);
    }
}
