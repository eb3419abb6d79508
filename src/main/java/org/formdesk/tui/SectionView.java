package org.formdesk.tui;

import org.formdesk.form.Decimals;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.CheckStatus;
import org.formdesk.engine.Computed;
import org.formdesk.engine.Display;
import org.formdesk.form.FieldDef;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.Section;
import org.formdesk.form.Severity;

/**
 * The lines of one form section at a given width: fields with their inputs and messages, long texts, and the
 * checks after the last field they name. Tables are drawn by {@link TableView}.
 */
final class SectionView {
    private final SectionLines out;
    private final FillModel m;
    private final int width;
    private final Glyphs g;

    record Result(List<Line> lines, int focusFirst, int focusLast) {
    }

    private SectionView(SectionLines out) {
        this.out = out;
        this.m = out.m;
        this.width = out.width;
        this.g = out.g;
    }

    static Result build(FillModel m, int width, Glyphs g) {
        SectionLines out = new SectionLines(m, width, g);
        new SectionView(out).section(m.form.sections().get(m.section));
        return out.result();
    }

    private void section(Section sec) {
        out.lines.add(Line.of(Width.fit((m.section + 1) + ". " + sec.title(), width), Style.TITLE));
        if (sec.help() != null && !sec.help().isBlank()) {
            for (Width.Piece p : Width.wrap(sec.help().strip(), width - 2)) {
                out.lines.add(Line.of("  " + p.text(), Style.DIM));
            }
        }
        out.lines.add(new Line());
        int labelW = labelWidth(sec);
        out.itemIndex = 0;
        IndicatorDef indicator = null;
        for (FieldDef f : sec.fields()) {
            IndicatorDef of = m.form.indicatorOf(f.id()).orElse(null);
            if (of != null && of != indicator) {
                indicatorHeading(of);
            }
            indicator = of;
            if (f.isComputed()) {
                computed(f, labelW);
            } else if (f.kind().table()) {
                new TableView(out).table(f);
            } else if (f.kind().multiline()) {
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
        out.lines.add(new Line());
        out.lines.add(Line.of(Width.fit(ind.group() + " / " + ind.label() + "  (" + m.words.t("max") + " "
                + Decimals.plain(ind.max()) + ")", width), Style.TITLE));
        if (ind.help() != null && !ind.help().isBlank()) {
            out.wrapped("  ", ind.help().strip(), Style.DIM);
        }
    }

    private int labelWidth(Section sec) {
        int w = 4;
        for (FieldDef f : sec.fields()) {
            if (!f.kind().table() && !f.kind().multiline()) {
                w = Math.max(w, Width.of(f.label()) + 3);
            }
        }
        return Math.min(w, Math.max(8, (width - 4) * 2 / 5));
    }

    private void oneLine(FieldDef f, int labelW) {
        out.startItem();
        boolean focused = out.focused();
        Line line = new Line();
        out.mark(line, focused);
        String label = out.labelOf(f);
        if (Width.of(label) > labelW - 1) {
            // A label longer than its column gets out.lines of its own, whole; the box goes below it.
            List<Width.Piece> pieces = Width.wrap(label, Math.max(4, width - 3));
            for (int i = 0; i < pieces.size(); i++) {
                line.add(pieces.get(i).text(), Style.LABEL);
                out.lines.add(line);
                line = new Line().add("  ", Style.NORMAL);
            }
            line.add(" ".repeat(Math.max(0, labelW)), Style.NORMAL);
        } else {
            line.add(Width.pad(label, labelW - 1) + " ", Style.LABEL);
        }
        String unit = f.unit() == null ? "" : " " + f.unit();
        int boxW = Math.max(4, Math.min(44, width - 2 - labelW - Width.of(unit) - 1));
        String text = focused ? m.buffer : m.state.raw(f.id()) instanceof String s ? s : "";
        out.input(line, text, focused, boxW);
        line.add(unit, Style.DIM);
        out.lines.add(line);
        out.messages(f.id(), focused ? hintOf(f) : null);
        out.endItem();
    }

    /** The form's hint; for a choice or yes/no field without one, what may be typed. */
    private String hintOf(FieldDef f) {
        if (f.hint() != null || (!f.kind().choosesOption() && !f.kind().yesNo())) {
            return f.hint();
        }
        if (f.kind().yesNo()) {
            return m.words.t("yesNo");
        }
        List<String> options = new ArrayList<>();
        for (var o : f.options()) {
            options.add(o.label().equals(o.value()) ? o.value() : o.value() + " " + o.label());
        }
        return m.words.t("options", String.join(" / ", options));
    }

    private void computed(FieldDef f, int labelW) {
        Line line = new Line().add("  ", Style.NORMAL).add(Width.pad(f.label(), labelW - 1) + " ", Style.LABEL);
        Computed c = m.state.computed(f.id());
        if (c != null && c.value() != null) {
            line.add("= " + m.state.shown(f.id()) + (f.unit() == null ? "" : " " + f.unit()), Style.OK);
        } else {
            line.add(Width.fit(c == null || c.reason() == null ? "-" : c.reason(), Math.max(0, width - 2 - labelW)), Style.DIM);
        }
        out.lines.add(line);
    }

    private void longText(FieldDef f) {
        out.startItem();
        boolean focused = out.focused();
        Line head = new Line();
        out.mark(head, focused);
        head.add(out.labelOf(f), Style.LABEL);
        if (focused) {
            head.add("  (Ctrl-E)", Style.DIM);
        }
        out.lines.add(head);
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
            out.lines.add(line);
        }
        if (!focused && pieces.size() > rows) {
            out.lines.add(Line.of("   " + g.bar() + " ... (" + pieces.size() + ")", Style.DIM));
        }
        out.messages(f.id(), focused ? f.hint() : null);
        out.endItem();
    }

    private void check(CheckResult r) {
        if (r.status() == CheckStatus.FAILED) {
            boolean error = r.severity() == Severity.ERROR;
            String explained = error ? null : m.explanations.get(r.id());
            out.wrapped("  " + (error ? g.error() : g.warning()) + " ", r.message(), error ? Style.ERROR : Style.WARNING);
            if (explained != null) {
                out.wrapped("    ", m.words.t("explained", explained), Style.DIM);
            }
        } else if (r.status() == CheckStatus.PENDING) {
            out.wrapped("  " + g.pending() + " ", m.words.t("checkPending", r.message()), Style.DIM);
        } else if (r.left() != null && r.right() != null) {
            org.formdesk.form.CheckDef def = m.form.checks().stream().filter(c -> c.id().equals(r.id())).findFirst()
                    .orElse(null);
            String left = def == null ? Display.number(r.left()) : m.state.shownSide(def.left(), r.left());
            String right = def == null ? Display.number(r.right()) : m.state.shownSide(def.right(), r.right());
            out.wrapped("  " + g.complete() + " ", m.words.t("checkOk", left, operator(r.id()), right), Style.OK);
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
}
