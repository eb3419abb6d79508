package org.formdesk.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import java.util.List;

/**
 * The view: draws the whole screen from the model (into a {@link Frame}, which writes the rows that
 * changed) and writes nothing into the model. What it keeps is its own: the scroll offset of the section
 * on screen, which follows the focus and starts again at the top of each new section.
 */
final class Painter {
    private final Glyphs g;
    private final Frame frame;
    private int scroll;
    private int scrolledSection = -1;

    Painter(Glyphs glyphs, boolean color) {
        this.g = glyphs;
        this.frame = new Frame(new Cells(color));
    }

    void paint(FillModel m, Screen screen) {
        TerminalSize size = screen.getTerminalSize();
        int w = size.getColumns();
        int h = size.getRows();
        // Not screen.clear(): it would force a full redraw (~1.6 KB per key over SSH); the frame blanks
        // and rewrites only the rows that changed.
        Frame out = frame;
        out.begin(screen);
        screen.setCursorPosition(null);
        if (w < 4 || h < 3) {
            out.end(screen);
            return;
        }
        top(m, out, w);
        // The note and the footer wrap rather than cut (up to a third of the screen); the body gets the rest.
        List<Width.Piece> footer = footerLines(m, w);
        Style noteStyle = noteStyle(m);
        List<Width.Piece> note = Width.wrap(" " + noteText(m), w);
        int room = Math.max(1, (h - 1) / 3);
        if (footer.size() > 2) {
            footer = footer.subList(0, 2);
        }
        if (note.size() > room) {
            note = note.subList(0, room);
        }
        int sideW = w >= 64 ? sidebarWidth(m) : 0;
        int bodyTop = 1;
        int bodyH = Math.max(1, h - 1 - note.size() - footer.size());
        if (sideW > 0) {
            sidebar(m, out, sideW, bodyTop, bodyH);
        }
        int x = sideW == 0 ? 0 : sideW + 1;
        int bodyW = w - x;
        if (m.help) {
            // The whole width, every line wrapped (continuations indented): nothing of the help is cut.
            List<Line> lines = new java.util.ArrayList<>();
            String indent = " ".repeat(Math.min(25, w / 3));
            for (String s : m.words.t("help").split("\n")) {
                List<Width.Piece> pieces = Width.wrap(s, w - 1);
                lines.add(Line.of(pieces.get(0).text(), Style.NORMAL));
                if (pieces.size() > 1) {
                    for (Width.Piece p : Width.wrap(s.substring(pieces.get(0).end()).strip(), w - 1 - indent.length())) {
                        lines.add(Line.of(indent + p.text(), Style.NORMAL));
                    }
                }
            }
            for (int r = 0; r < bodyH; r++) {
                out.put(0, bodyTop + r, " ".repeat(w), Style.NORMAL);
            }
            draw(out, lines, 0, 0, bodyTop, w, bodyH, screen);
        } else if (m.ask == FillModel.Ask.EXPLAIN) {
            explain(m, out, screen, x, bodyTop, bodyW, bodyH);
        } else {
            SectionView.Result r = m.onSummary() ? SummaryView.build(m, bodyW, g) : SectionView.build(m, bodyW, g);
            scrollTo(m, r, bodyH);
            draw(out, r.lines(), scroll, x, bodyTop, bodyW, bodyH, screen);
        }
        int row = h - footer.size() - note.size();
        for (Width.Piece p : note) {
            out.put(0, row++, Width.pad(p.text(), w), noteStyle);
        }
        for (Width.Piece p : footer) {
            out.put(0, row++, Width.pad(p.text(), w), Style.BAR);
        }
        out.end(screen);
    }

    private void top(FillModel m, Frame out, int w) {
        StringBuilder sb = new StringBuilder(" ").append(m.form.title());
        var keys = m.form.definition().record();
        if (keys != null && keys.unit() != null && m.state.raw(keys.unit()) instanceof String u && !u.isBlank()) {
            sb.append("  ").append(g.bar()).append(' ').append(u.strip());
        }
        String right = m.words.t("section", m.section + 1, m.sectionCount()) + "  "
                + (m.dirty || m.edited ? m.words.t("unsaved") : m.onDisk ? m.words.t("saved") : "") + " ";
        String left = Width.fit(sb.toString(), Math.max(0, w - Width.of(right) - 1));
        out.put(0, 0, Width.pad(left, w - Width.of(right)) + Width.fit(right, w), Style.BAR);
    }

    private int sidebarWidth(FillModel m) {
        int w = Width.of(m.words.t("summary"));
        for (var s : m.form.sections()) {
            w = Math.max(w, Width.of(s.title()));
        }
        return Math.min(24, w + 6);
    }

    private void sidebar(FillModel m, Frame out, int sideW, int top, int height) {
        int n = m.sectionCount();
        int first = Math.max(0, Math.min(m.section - height / 2, n - height));
        Marks.Mark[] marks = m.marks();
        for (int i = first; i < n && i - first < height; i++) {
            String title = i == m.summaryIndex() ? m.words.t("summary") : m.form.sections().get(i).title();
            Marks.Mark mark = marks[i];
            String glyph = switch (mark) {
                case COMPLETE -> g.complete();
                case ERRORS -> g.error();
                case WARNINGS -> g.warning();
                case PENDING -> g.pending();
            };
            Style style = i == m.section ? Style.SELECTED
                    : mark == Marks.Mark.ERRORS ? Style.ERROR : mark == Marks.Mark.WARNINGS ? Style.WARNING : Style.NORMAL;
            out.put(0, top + i - first, Width.pad(glyph + " " + Width.pad(String.valueOf(i + 1), 2) + " " + title, sideW), style);
        }
        for (int r = 0; r < height; r++) {
            out.put(sideW, top + r, g.bar(), Style.DIM);
        }
    }

    private void scrollTo(FillModel m, SectionView.Result r, int height) {
        if (m.section != scrolledSection) {
            scroll = 0;
            scrolledSection = m.section;
        }
        int first = r.focusFirst();
        int last = r.focusLast();
        int total = r.lines().size();
        if (first >= 0) {
            if (m.focus == 0) {
                scroll = 0; // the section's title and help belong with its first field
            }
            if (last - scroll >= height) {
                scroll = last - height + 1;
            }
            if (first < scroll) {
                scroll = first;
            }
            for (int i = first; i <= last; i++) {
                if (r.lines().get(i).caret >= 0 && (i < scroll || i >= scroll + height)) {
                    scroll = Math.max(0, i - height + 1);
                }
            }
        }
        scroll = Math.max(0, Math.min(scroll, Math.max(0, total - height)));
        if (first >= 0 && first < scroll) {
            scroll = first;
        }
    }

    private void draw(Frame out, List<Line> lines, int from, int x, int y, int w, int h, Screen screen) {
        for (int i = 0; i < h && from + i < lines.size(); i++) {
            Line line = lines.get(from + i);
            int col = x;
            for (Line.Piece p : line.pieces) {
                int room = x + w - col;
                if (room <= 0) {
                    break;
                }
                String text = Width.fit(p.text(), room);
                out.put(col, y + i, text, p.style());
                col += Width.of(text);
            }
            if (line.caret >= 0 && line.caret < w) {
                screen.setCursorPosition(new TerminalPosition(x + line.caret, y + i));
            }
        }
    }

    private void explain(FillModel m, Frame out, Screen screen, int x, int y, int w, int h) {
        List<Line> lines = new java.util.ArrayList<>();
        String message = m.state.check(m.askCheck) == null ? m.askCheck : m.state.check(m.askCheck).message();
        for (Width.Piece p : Width.wrap(m.words.t("explain", message), w - 1)) {
            lines.add(Line.of(p.text(), Style.WARNING));
        }
        lines.add(new Line());
        List<Width.Piece> pieces = Width.wrap(m.buffer, w - 3);
        for (Width.Piece p : pieces) {
            Line line = new Line().add("> ", Style.FOCUS).add(Width.pad(p.text(), w - 3), Style.INPUT);
            if (m.caret >= p.start() && m.caret <= p.end()) {
                line.caret = 2 + Width.of(m.buffer.substring(p.start(), m.caret));
            }
            lines.add(line);
        }
        int from = Math.max(0, lines.size() - h);
        draw(out, lines, from, x, y, w, h, screen);
    }

    private static String noteText(FillModel m) {
        if (m.ask == FillModel.Ask.QUIT) {
            return m.words.t("quitAsk");
        } else if (m.ask == FillModel.Ask.CTRL_C) {
            return m.words.t("ctrlC");
        } else if (m.ask == FillModel.Ask.DELETE_ROW) {
            Item it = m.current();
            return m.words.t("deleteRow", m.form.label(it.fieldId()), it.row() + 1);
        } else if (m.ask == FillModel.Ask.CONFIRM_FINAL) {
            List<java.nio.file.Path> to = m.drafts.targets(m.state);
            return m.words.t("finalAsk", to.get(0), to.get(1));
        }
        return m.note;
    }

    private static Style noteStyle(FillModel m) {
        if (m.ask == FillModel.Ask.QUIT || m.ask == FillModel.Ask.CTRL_C || m.ask == FillModel.Ask.DELETE_ROW
                || m.ask == FillModel.Ask.CONFIRM_FINAL) {
            return Style.SELECTED;
        }
        return m.noteIsError ? Style.ERROR : Style.OK;
    }

    /** The keys that work here, F-keys first (every terminal, web terminals too), wrapped at spaces between keys. */
    private static List<Width.Piece> footerLines(FillModel m, int w) {
        String extra = "";
        Item it = m.current();
        if (it != null && (it.kind() == Item.Kind.TABLE || it.kind() == Item.Kind.CELL)) {
            extra = m.words.t("footerTable");
        } else if (m.currentField() != null && m.currentField().kind().multiline()) {
            extra = m.words.t("footerLong");
        }
        List<Width.Piece> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String key : (extra + m.words.t("footer")).split("  +")) {
            if (line.length() > 0 && Width.of(line + "  " + key) + 1 > w) {
                lines.add(new Width.Piece(" " + line, 0));
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : "  ").append(key);
        }
        lines.add(new Width.Piece(" " + line, 0));
        return lines;
    }
}
