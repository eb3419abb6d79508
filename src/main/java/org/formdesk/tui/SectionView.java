package org.formdesk.tui;

import org.formdesk.form.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.CheckStatus;
import org.formdesk.engine.Computed;
import org.formdesk.engine.Display;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.Section;
import org.formdesk.form.Severity;

/** The lines of one form section at a given width: fields with their inputs and messages, and the checks. */
final class SectionView {
    private final FillModel m;
    private final int width;
    private final Glyphs g;
    private final List<Line> lines = new ArrayList<>();
    private int focusFirst = -1;
    private int focusLast = -1;
    private int itemIndex;

    record Result(List<Line> lines, int focusFirst, int focusLast) {
    }

    private SectionView(FillModel m, int width, Glyphs g) {
        this.m = m;
        this.width = Math.max(10, width);
        this.g = g;
    }

    static Result build(FillModel m, int width, Glyphs g) {
        SectionView v = new SectionView(m, width, g);
        v.section(m.form.sections().get(m.section));
        return new Result(v.lines, v.focusFirst, v.focusLast);
    }

    private void section(Section sec) {
        lines.add(Line.of(Width.fit((m.section + 1) + ". " + sec.title(), width), Style.TITLE));
        if (sec.help() != null && !sec.help().isBlank()) {
            for (Width.Piece p : Width.wrap(sec.help().strip(), width - 2)) {
                lines.add(Line.of("  " + p.text(), Style.DIM));
            }
        }
        lines.add(new Line());
        int labelW = labelWidth(sec);
        itemIndex = 0;
        IndicatorDef indicator = null;
        for (FieldDef f : sec.fields()) {
            IndicatorDef of = m.form.indicatorOf(f.id()).orElse(null);
            if (of != null && of != indicator) {
                indicatorHeading(of);
            }
            indicator = of;
            if (f.isComputed()) {
                computed(f, labelW);
            } else if (f.type() == FieldType.TABLE) {
                table(f);
            } else if (f.type() == FieldType.LONGTEXT) {
                longText(f);
            } else {
                oneLine(f, labelW);
            }
            for (CheckResult r : m.checksAfter.getOrDefault(f.id(), List.of())) { // after the last field it names
                check(r);
            }
        }
    }

    /** An indicator's name, group and maximum, and its help, above its fields. */
    private void indicatorHeading(IndicatorDef ind) {
        lines.add(new Line());
        lines.add(Line.of(Width.fit(ind.group() + " / " + ind.label() + "  (" + m.words.t("max") + " "
                + Decimals.plain(ind.max()) + ")", width), Style.TITLE));
        if (ind.help() != null && !ind.help().isBlank()) {
            wrapped("  ", ind.help().strip(), Style.DIM);
        }
    }

    private int labelWidth(Section sec) {
        int w = 4;
        for (FieldDef f : sec.fields()) {
            if (f.type() != FieldType.TABLE && f.type() != FieldType.LONGTEXT) {
                w = Math.max(w, Width.of(f.label()) + 3);
            }
        }
        return Math.min(w, Math.max(8, (width - 4) * 2 / 5));
    }

    private boolean focused() {
        return m.focus == itemIndex;
    }

    private void mark(Line line, boolean focused) {
        line.add(focused ? g.focus() + " " : "  ", focused ? Style.FOCUS : Style.NORMAL);
    }

    private void startItem() {
        if (focused()) {
            focusFirst = lines.size();
        }
    }

    private void endItem() {
        if (focused()) {
            focusLast = lines.size() - 1;
        }
        itemIndex++;
    }

    private String labelOf(FieldDef f) {
        return f.label() + (m.state.isRequired(f) ? " *" : "");
    }

    private void oneLine(FieldDef f, int labelW) {
        startItem();
        boolean focused = focused();
        Line line = new Line();
        mark(line, focused);
        String label = labelOf(f);
        if (Width.of(label) > labelW - 1) {
            // A label longer than its column gets lines of its own, whole; the box goes below it.
            List<Width.Piece> pieces = Width.wrap(label, Math.max(4, width - 3));
            for (int i = 0; i < pieces.size(); i++) {
                line.add(pieces.get(i).text(), Style.LABEL);
                lines.add(line);
                line = new Line().add("  ", Style.NORMAL);
            }
            line.add(" ".repeat(Math.max(0, labelW)), Style.NORMAL);
        } else {
            line.add(Width.pad(label, labelW - 1) + " ", Style.LABEL);
        }
        String unit = f.unit() == null ? "" : " " + f.unit();
        int boxW = Math.max(4, Math.min(44, width - 2 - labelW - Width.of(unit) - 1));
        String text = focused ? m.buffer : m.state.raw(f.id()) instanceof String s ? s : "";
        input(line, text, focused, boxW);
        line.add(unit, Style.DIM);
        lines.add(line);
        messages(f.id(), focused ? hintOf(f) : null);
        endItem();
    }

    /** The form's hint; for a choice or yes/no field without one, what may be typed. */
    private String hintOf(FieldDef f) {
        if (f.hint() != null || (f.type() != FieldType.CHOICE && f.type() != FieldType.BOOLEAN)) {
            return f.hint();
        }
        if (f.type() == FieldType.BOOLEAN) {
            return m.words.t("yesNo");
        }
        List<String> options = new ArrayList<>();
        for (var o : f.options()) {
            options.add(o.label().equals(o.value()) ? o.value() : o.value() + " " + o.label());
        }
        return m.words.t("options", String.join(" / ", options));
    }

    /** An input box: the text scrolled so the caret shows; the caret column is set when focused. */
    private void input(Line line, String text, boolean focused, int boxW) {
        int start = 0;
        if (focused) {
            int caret = Math.min(m.caret, text.length());
            // The first character shown: walk back from the caret while the box has room. (Walking forward
            // from 0 and measuring each rest again took time quadratic in a long pasted value; ScreenFuzz.)
            start = caret;
            int w = 0;
            while (start > 0 && w + Width.of(text.charAt(start - 1)) <= boxW - 1) {
                w += Width.of(text.charAt(--start));
            }
            line.caret = line.width() + w;
        }
        String shown = Width.pad(text.substring(start).replace('\n', ' '), boxW);
        if (focused && m.selected && !text.isEmpty()) {
            // The whole value selected, as in a spreadsheet cell just entered: typing replaces it.
            String value = Width.fit(text.substring(start).replace('\n', ' '), boxW);
            line.add(value, Style.SELECTED);
            line.add(" ".repeat(Math.max(0, boxW - Width.of(value))), Style.INPUT);
            return;
        }
        line.add(shown, focused ? Style.INPUT : Style.NORMAL);
    }

    private void messages(String fieldId, String hint) {
        if (m.showsErrors(fieldId)) {
            for (String e : m.state.fieldErrors(fieldId)) {
                wrapped("    " + g.error() + " ", e, Style.ERROR);
            }
        }
        if (hint != null && !hint.isBlank()) {
            wrapped("    ", hint, Style.DIM);
        }
    }

    private void wrapped(String prefix, String text, Style style) {
        int indent = Width.of(prefix);
        boolean first = true;
        for (Width.Piece p : Width.wrap(text, width - indent)) {
            lines.add(Line.of((first ? prefix : " ".repeat(indent)) + p.text(), style));
            first = false;
        }
    }

    private void computed(FieldDef f, int labelW) {
        Line line = new Line().add("  ", Style.NORMAL).add(Width.pad(f.label(), labelW - 1) + " ", Style.LABEL);
        Computed c = m.state.computed(f.id());
        if (c != null && c.value() != null) {
            line.add("= " + m.state.shown(f.id()) + (f.unit() == null ? "" : " " + f.unit()), Style.OK);
        } else {
            line.add(Width.fit(c == null || c.reason() == null ? "-" : c.reason(), Math.max(0, width - 2 - labelW)), Style.DIM);
        }
        lines.add(line);
    }

    private void longText(FieldDef f) {
        startItem();
        boolean focused = focused();
        Line head = new Line();
        mark(head, focused);
        head.add(labelOf(f), Style.LABEL);
        if (focused) {
            head.add("  (Ctrl-E)", Style.DIM);
        }
        lines.add(head);
        String text = focused ? m.buffer : m.state.raw(f.id()) instanceof String s ? s : "";
        int boxW = Math.max(4, width - 5);
        List<Width.Piece> pieces = Width.wrap(text, boxW);
        int rows = Math.max(f.lines() == null ? 3 : f.lines(), 1);
        int caretRow = -1;
        if (focused) {
            int caret = Math.min(m.caret, text.length());
            for (int i = 0; i < pieces.size(); i++) {
                Width.Piece p = pieces.get(i);
                if (caret >= p.start() && caret <= p.end()) {
                    caretRow = i;
                    if (caret < p.end() || i + 1 >= pieces.size() || pieces.get(i + 1).start() != p.end()) {
                        break;
                    }
                }
            }
        }
        int from = 0;
        if (caretRow >= rows) {
            from = caretRow - rows + 1;
        }
        int shownRows = focused ? Math.max(rows, Math.min(pieces.size(), rows)) : Math.min(rows, pieces.size());
        for (int i = from; i < from + shownRows; i++) {
            Line line = new Line().add("   " + g.bar() + " ", Style.DIM);
            if (i < pieces.size()) {
                Width.Piece p = pieces.get(i);
                if (i == caretRow) {
                    line.caret = line.width() + Width.of(text.substring(p.start(), Math.min(m.caret, p.end())));
                }
                line.add(focused ? Width.pad(p.text(), boxW) : p.text(), focused ? Style.INPUT : Style.NORMAL);
            } else if (focused) {
                line.add(" ".repeat(boxW), Style.INPUT);
            }
            lines.add(line);
        }
        if (!focused && pieces.size() > rows) {
            lines.add(Line.of("   " + g.bar() + " ... (" + pieces.size() + ")", Style.DIM));
        }
        messages(f.id(), focused ? f.hint() : null);
        endItem();
    }

    private void table(FieldDef f) {
        startItem();
        boolean focused = focused();
        Line head = new Line();
        mark(head, focused);
        List<Map<String, String>> rows = m.rows(f.id());
        head.add(f.label() + (m.state.isRequired(f) ? " *" : ""), Style.LABEL)
                .add("  " + (rows.isEmpty() ? m.words.t("noRows") + " " : "") + m.words.t("addRowHint"), Style.DIM);
        lines.add(head);
        endItem();
        int[] colW = columnWidths(f);
        Line header = new Line().add("      ", Style.NORMAL);
        for (int c = 0; c < f.columns().size(); c++) {
            FieldDef col = f.columns().get(c);
            header.add(Width.pad(col.label() + (col.unit() == null ? "" : "(" + col.unit() + ")"), colW[c]) + " ", Style.DIM);
        }
        lines.add(header);
        boolean cards = asCards(f, colW);
        for (int r = 0; r < rows.size(); r++) {
            Line line = new Line();
            int rowFirst = itemIndex;
            boolean rowFocused = m.focus >= rowFirst && m.focus < rowFirst + f.columns().size();
            if (rowFocused && (cards || overflows(f, rows.get(r), colW))) {
                card(f, r, rows.get(r));
                continue;
            }
            mark(line, rowFocused);
            line.add(Width.pad((r + 1) + ".", 4), Style.DIM);
            if (rowFocused) {
                focusFirst = lines.size();
            }
            for (int c = 0; c < f.columns().size(); c++) {
                FieldDef col = f.columns().get(c);
                boolean cellFocused = focused();
                String text = cellFocused ? m.buffer : cellText(f, r, col, rows.get(r));
                input(line, text, cellFocused, colW[c]);
                line.add(" ", Style.NORMAL);
                itemIndex++;
            }
            lines.add(line);
            // The row's own errors right under it, where the eye is, not below the table's edge.
            if (m.showsErrors(f.id())) {
                String prefix = m.state.engine().texts().t("cell", f.label(), r + 1, "");
                for (String e : m.state.fieldErrors(f.id())) {
                    if (e.startsWith(prefix)) {
                        wrapped("      " + g.error() + " ", e, Style.ERROR);
                    }
                }
            }
            if (rowFocused) {
                focusLast = lines.size() - 1;
            }
        }
        sums(f, rows, colW);
        if (m.showsErrors(f.id())) {
            for (String e : m.state.fieldErrors(f.id())) {
                if (!rowError(f, e, rows.size())) {
                    wrapped("    " + g.error() + " ", e, Style.ERROR);
                }
            }
        }
    }

    /**
     * A row too wide to read on one line (many columns, or a text column squeezed below 16 columns) is shown,
     * while focused, as a card: one line per cell, its label beside it, a long text wrapped over several lines.
     */
    private static boolean asCards(FieldDef f, int[] colW) {
        if (f.columns().size() > 4) {
            return true;
        }
        for (int c = 0; c < f.columns().size(); c++) {
            if (!f.columns().get(c).type().isSummable() && colW[c] < 16) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell of the focused row (the one being typed included) is wider than its column. */
    private boolean overflows(FieldDef f, Map<String, String> row, int[] colW) {
        int first = itemIndex;
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
        focusFirst = lines.size();
        Line title = new Line();
        mark(title, true);
        String labelColumn = f.rowLabelColumn();
        String name = labelColumn == null ? "" : row.getOrDefault(labelColumn, "");
        String head = m.words.t("rowCard", f.label(), r + 1);
        if (!name.isBlank()) {
            String shown = name.strip().replace('\n', ' ');
            int room = width - 2 - Width.of(head) - 4;
            head += "「" + (Width.of(shown) > room ? Width.fit(shown, Math.max(0, room - 1)) + "…" : shown) + "」";
        }
        title.add(Width.fit(head, width - 2), Style.LABEL);
        lines.add(title);
        int labelW = 4;
        for (FieldDef col : f.columns()) {
            labelW = Math.max(labelW, Math.min(16, Width.of(col.label()) + 2));
        }
        int boxW = Math.max(8, width - 6 - labelW - 1);
        for (FieldDef col : f.columns()) {
            boolean cellFocused = focused();
            String text = cellFocused ? m.buffer : cellText(f, r, col, row);
            String label = col.label() + (col.isRequired() ? " *" : "");
            if (Width.of(label) > labelW) {
                // a label too long for the column of labels gets a line of its own: never cut
                for (Width.Piece p : Width.wrap(label, Math.max(8, width - 6))) {
                    lines.add(new Line().add("    " + p.text(), Style.LABEL));
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
                line.add(cellFocused ? Width.pad(piece, boxW) : piece, cellFocused ? Style.INPUT : Style.NORMAL);
                lines.add(line);
            }
            itemIndex++;
        }
        focusLast = lines.size() - 1;
    }

    /** A cell as shown: what was typed, or for a computed column the figure the row rules computed. */
    private String cellText(FieldDef f, int r, FieldDef col, Map<String, String> row) {
        if (col.isComputed() && m.state.value(f.id()) instanceof List<?> typed && r < typed.size()
                && typed.get(r) instanceof Map<?, ?> cells && cells.get(col.id()) instanceof BigDecimal d) {
            return Display.computed(col, d) + (col.type() == FieldType.PERCENT ? "%" : "");
        }
        return row.getOrDefault(col.id(), "");
    }

    private int[] columnWidths(FieldDef f) {
        int n = f.columns().size();
        int[] w = new int[n];
        int avail = Math.max(n * 4, width - 6 - n);
        int numeric = 0;
        for (FieldDef c : f.columns()) {
            if (c.type().isSummable()) {
                numeric++;
            }
        }
        int numW = Math.min(14, avail / Math.max(1, n));
        int rest = n == numeric ? numW : Math.max(4, (avail - numeric * numW) / (n - numeric));
        for (int i = 0; i < n; i++) {
            w[i] = f.columns().get(i).type().isSummable() ? numW : rest;
        }
        return w;
    }

    /** The running sum of each numeric column, under it. */
    private void sums(FieldDef f, List<Map<String, String>> rows, int[] colW) {
        boolean any = false;
        Line line = new Line().add("      ", Style.NORMAL);
        for (int c = 0; c < f.columns().size(); c++) {
            FieldDef col = f.columns().get(c);
            if (col.type().isSummable() && !rows.isEmpty()) {
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
                String figure = Display.computed(col, sum);
                String text = m.words.t("rowSum") + " " + figure;
                line.add(Width.pad(Width.of(text) <= colW[c] ? text : figure, Math.max(colW[c], Width.of(figure))) + " ",
                        Style.OK);
                any = true;
            } else {
                line.add(" ".repeat(colW[c] + 1), Style.NORMAL);
            }
        }
        if (any) {
            lines.add(line);
        }
    }

    private void check(CheckResult r) {
        if (r.status() == CheckStatus.FAILED) {
            boolean error = r.severity() == Severity.ERROR;
            String explained = error ? null : m.explanations.get(r.id());
            wrapped("  " + (error ? g.error() : g.warning()) + " ", r.message(), error ? Style.ERROR : Style.WARNING);
            if (explained != null) {
                wrapped("    ", m.words.t("explained", explained), Style.DIM);
            }
        } else if (r.status() == CheckStatus.PENDING) {
            wrapped("  " + g.pending() + " ", m.words.t("checkPending", r.message()), Style.DIM);
        } else if (r.left() != null && r.right() != null) {
            org.formdesk.form.CheckDef def = m.form.checks().stream().filter(c -> c.id().equals(r.id())).findFirst()
                    .orElse(null);
            String left = def == null ? Display.number(r.left()) : m.state.shownSide(def.left(), r.left());
            String right = def == null ? Display.number(r.right()) : m.state.shownSide(def.right(), r.right());
            wrapped("  " + g.complete() + " ", m.words.t("checkOk", left, operator(r.id()), right), Style.OK);
        }
    }

    /** The check's real operator, so a passing "A ≤ B" never reads as "A = B". */
    private String operator(String checkId) {
        for (org.formdesk.form.CheckDef c : m.form.checks()) {
            if (c.id().equals(checkId)) {
                String op = Display.operator(c.op());
                return g == Glyphs.ASCII ? ascii(op) : op;
            }
        }
        return "=";
    }

    private static String ascii(String op) {
        return switch (op) {
            case "≤" -> "<=";
            case "≥" -> ">=";
            case "≠" -> "!=";
            default -> op;
        };
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
