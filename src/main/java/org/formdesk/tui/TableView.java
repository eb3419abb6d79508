package org.formdesk.tui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Display;
import org.formdesk.form.FieldDef;

/**
 * A table field in a section: its heading, the grid of rows (the focused row as a card when it does not fit),
 * each row's errors under it, and the running sums of its numeric columns.
 */
final class TableView {
    private final SectionLines out;
    private final FillModel m;
    private final int width;
    private final Glyphs g;

    TableView(SectionLines out) {
        this.out = out;
        this.m = out.m;
        this.width = out.width;
        this.g = out.g;
    }

    void table(FieldDef f) {
        out.startItem();
        boolean focused = out.focused();
        Line head = new Line();
        out.mark(head, focused);
        List<Map<String, String>> rows = m.rows(f.id());
        head.add(f.label() + (m.state.isRequired(f) ? " *" : ""), Style.LABEL)
                .add("  " + (rows.isEmpty() ? m.words.t("noRows") + " " : "") + m.words.t("addRowHint"), Style.DIM);
        out.lines.add(head);
        out.endItem();
        int[] colW = columnWidths(f);
        Line header = new Line().add("      ", Style.NORMAL);
        for (int c = 0; c < f.columns().size(); c++) {
            FieldDef col = f.columns().get(c);
            header.add(Width.pad(col.label() + (col.unit() == null ? "" : "(" + col.unit() + ")"), colW[c]) + " ", Style.DIM);
        }
        out.lines.add(header);
        boolean cards = asCards(f, colW);
        for (int r = 0; r < rows.size(); r++) {
            Line line = new Line();
            int rowFirst = out.itemIndex;
            boolean rowFocused = m.focus >= rowFirst && m.focus < rowFirst + f.columns().size();
            if (rowFocused && (cards || overflows(f, rows.get(r), colW))) {
                card(f, r, rows.get(r));
                continue;
            }
            out.mark(line, rowFocused);
            line.add(Width.pad((r + 1) + ".", 4), Style.DIM);
            if (rowFocused) {
                out.focusFirst = out.lines.size();
            }
            for (int c = 0; c < f.columns().size(); c++) {
                FieldDef col = f.columns().get(c);
                boolean cellFocused = out.focused();
                String text = cellFocused ? m.buffer : cellText(f, r, col, rows.get(r));
                out.input(line, text, cellFocused, colW[c]);
                line.add(" ", Style.NORMAL);
                out.itemIndex++;
            }
            out.lines.add(line);
            // The row's own errors right under it, where the eye is, not below the table's edge.
            if (m.showsErrors(f.id())) {
                String prefix = m.state.engine().texts().t("cell", f.label(), r + 1, "");
                for (String e : m.state.fieldErrors(f.id())) {
                    if (e.startsWith(prefix)) {
                        out.wrapped("      " + g.error() + " ", e, Style.ERROR);
                    }
                }
            }
            if (rowFocused) {
                out.focusLast = out.lines.size() - 1;
            }
        }
        sums(f, rows, colW);
        if (m.showsErrors(f.id())) {
            for (String e : m.state.fieldErrors(f.id())) {
                if (!rowError(f, e, rows.size())) {
                    out.wrapped("    " + g.error() + " ", e, Style.ERROR);
                }
            }
        }
    }

    /**
     * A row too wide to read on one line (many columns, or a text column squeezed below 16 columns) is shown,
     * while focused, as a card: one line per cell, its label beside it, a long text wrapped over several out.lines.
     */
    private static boolean asCards(FieldDef f, int[] colW) {
        if (f.columns().size() > 4) {
            return true;
        }
        for (int c = 0; c < f.columns().size(); c++) {
            if (!f.columns().get(c).kind().summable() && colW[c] < 16) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell of the focused row (the one being typed included) is wider than its column. */
    private boolean overflows(FieldDef f, Map<String, String> row, int[] colW) {
        int first = out.itemIndex;
        for (int c = 0; c < f.columns().size(); c++) {
            String text = m.focus == first + c ? m.buffer : row.getOrDefault(f.columns().get(c).id(), "");
            if (Width.of(text) > colW[c] - 1) {
                return true;
            }
        }
        return false;
    }

    /** The focused row as a card of its cells; each cell is one item, in column order, as in the grid. */
    private void card(FieldDef f, int r, Map<String, String> row) {
        out.focusFirst = out.lines.size();
        Line title = new Line();
        out.mark(title, true);
        String labelColumn = f.rowLabelColumn();
        String name = labelColumn == null ? "" : row.getOrDefault(labelColumn, "");
        String head = m.words.t("rowCard", f.label(), r + 1);
        if (!name.isBlank()) {
            String shown = name.strip().replace('\n', ' ');
            int room = width - 2 - Width.of(head) - 4;
            head += "「" + (Width.of(shown) > room ? Width.fit(shown, Math.max(0, room - 1)) + "…" : shown) + "」";
        }
        title.add(Width.fit(head, width - 2), Style.LABEL);
        out.lines.add(title);
        int labelW = 4;
        for (FieldDef col : f.columns()) {
            labelW = Math.max(labelW, Math.min(16, Width.of(col.label()) + 2));
        }
        int boxW = Math.max(8, width - 6 - labelW - 1);
        for (FieldDef col : f.columns()) {
            boolean cellFocused = out.focused();
            String text = cellFocused ? m.buffer : cellText(f, r, col, row);
            String label = col.label() + (col.isRequired() ? " *" : "");
            if (Width.of(label) > labelW) {
                // a label too long for the column of labels gets a line of its own: never cut
                for (Width.Piece p : Width.wrap(label, Math.max(8, width - 6))) {
                    out.lines.add(new Line().add("    " + p.text(), Style.LABEL));
                }
                label = "";
            }
            List<Width.Piece> pieces = Width.wrap(text.replace('\n', ' '), boxW);
            int caretRow = 0;
            if (cellFocused) {
                int caret = Math.min(m.caret, text.length());
                for (int i = 0; i < pieces.size(); i++) {
                    if (caret >= pieces.get(i).start()) {
                        caretRow = i;
                    }
                }
            }
            for (int i = 0; i < Math.max(1, pieces.size()); i++) {
                Line line = new Line().add("    " + (i == 0 ? Width.pad(label, labelW) : " ".repeat(labelW)) + " ",
                        i == 0 ? Style.LABEL : Style.NORMAL);
                Width.Piece p = i < pieces.size() ? pieces.get(i) : null;
                String piece = p == null ? "" : p.text();
                if (cellFocused && i == caretRow) {
                    int from = p == null ? 0 : p.start();
                    line.caret = line.width() + Width.of(text.replace('\n', ' ')
                            .substring(Math.min(from, text.length()), Math.min(Math.max(from, m.caret), text.length())));
                }
                if (cellFocused && m.selected && !piece.isEmpty()) {
                    // selected as a cell just entered: typing replaces it (as in the grid and a field's box)
                    line.add(piece, Style.SELECTED).add(" ".repeat(Math.max(0, boxW - Width.of(piece))), Style.INPUT);
                } else {
                    line.add(cellFocused ? Width.pad(piece, boxW) : piece, cellFocused ? Style.INPUT : Style.NORMAL);
                }
                out.lines.add(line);
            }
            out.itemIndex++;
        }
        out.focusLast = out.lines.size() - 1;
    }

    /** A cell as shown: what was typed, or for a computed column the figure the row rules computed. */
    private String cellText(FieldDef f, int r, FieldDef col, Map<String, String> row) {
        if (col.isComputed() && m.state.value(f.id()) instanceof List<?> typed && r < typed.size()
                && typed.get(r) instanceof Map<?, ?> cells && cells.get(col.id()) instanceof BigDecimal d) {
            return col.kind().displayWithSign(col, d);
        }
        return row.getOrDefault(col.id(), "");
    }

    private int[] columnWidths(FieldDef f) {
        int n = f.columns().size();
        int[] w = new int[n];
        int avail = Math.max(n * 4, width - 6 - n);
        int numeric = 0;
        for (FieldDef c : f.columns()) {
            if (c.kind().summable()) {
                numeric++;
            }
        }
        int numW = Math.min(14, avail / Math.max(1, n));
        int rest = n == numeric ? numW : Math.max(4, (avail - numeric * numW) / (n - numeric));
        for (int i = 0; i < n; i++) {
            w[i] = f.columns().get(i).kind().summable() ? numW : rest;
        }
        return w;
    }

    /** The running sum of each numeric column, under it. */
    private void sums(FieldDef f, List<Map<String, String>> rows, int[] colW) {
        boolean any = false;
        Line line = new Line().add("      ", Style.NORMAL);
        for (int c = 0; c < f.columns().size(); c++) {
            FieldDef col = f.columns().get(c);
            if (col.kind().summable() && !rows.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                // The engine's reading of the rows: the view parses nothing again.
                if (m.state.value(f.id()) instanceof List<?> typed) {
                    for (Object row : typed) {
                        if (row instanceof Map<?, ?> cells && cells.get(col.id()) instanceof BigDecimal d) {
                            sum = sum.add(d);
                        }
                    }
                }
                // At the column's round, as its check shows it; never cut: the label gives way first.
                String figure = org.formdesk.engine.Display.computed(col, sum);
                String text = m.words.t("rowSum") + " " + figure;
                line.add(Width.pad(Width.of(text) <= colW[c] ? text : figure, Math.max(colW[c], Width.of(figure))) + " ",
                        Style.OK);
                any = true;
            } else {
                line.add(" ".repeat(colW[c] + 1), Style.NORMAL);
            }
        }
        if (any) {
            out.lines.add(line);
        }
    }

    private boolean rowError(FieldDef f, String error, int rows) {
        for (int r = 0; r < rows; r++) {
            if (error.startsWith(m.state.engine().texts().t("cell", f.label(), r + 1, ""))) {
                return true;
            }
        }
        return false;
    }
}
