package org.formdesk.tui;

import org.formdesk.form.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.engine.Violation;
import org.formdesk.form.Severity;

/** The last section: scores grouped by 一级指标, total and grade, every open problem, and Finalize. */
final class SummaryView {
    private SummaryView() {
    }

    static SectionView.Result build(FillModel m, int width, Glyphs g) {
        List<Line> lines = new ArrayList<>();
        Words w = m.words;
        lines.add(Line.of(Width.fit(m.sectionCount() + ". " + w.t("summary"), width), Style.TITLE));
        lines.add(new Line());
        ScoreCard card = m.state.scoreCard();
        if (!card.indicators().isEmpty()) {
            String group = null;
            for (IndicatorScore s : card.indicators()) {
                if (!s.group().equals(group)) {
                    group = s.group();
                    lines.add(Line.of(Width.fit(group + "  " + groupTotal(card, group), width), Style.LABEL));
                }
                String label = s.isRow() ? s.row() + ". " + s.label() : s.label();
                int labelW = s.isRow() ? Math.min(36, width / 2) : Math.min(20, width / 3);
                String shownLabel = Width.of(label) > labelW ? Width.fit(label, labelW - 1) + "…" : label;
                Line line = new Line().add("  " + Width.pad(shownLabel, labelW), Style.NORMAL)
                        .add(" " + (s.score() == null ? "-" : Decimals.plain(s.score())) + " / " + (s.max() == null ? "-" : Decimals.plain(s.max())),
                                s.score() == null ? Style.DIM : Style.OK);
                StringBuilder metrics = new StringBuilder();
                for (String id : s.metrics()) {
                    metrics.append("  ").append(m.form.label(id)).append(' ').append(m.state.shown(id));
                }
                if (line.width() + Width.of(metrics.toString()) <= width) {
                    lines.add(line.add(metrics.toString(), Style.DIM));
                } else {
                    lines.add(line);
                    wrap(lines, "    ", metrics.toString().strip(), width, Style.DIM);
                }
                if (s.deductionReason() != null && !s.deductionReason().isBlank()) {
                    wrap(lines, "    " + w.t("reason") + ": ", s.deductionReason(), width, Style.DIM, 6);
                }
            }
            lines.add(Line.of(w.t("total") + " " + Decimals.plain(card.total()) + " / " + Decimals.plain(card.max()) + "   "
                    + w.t("grade") + " " + (card.grade() == null ? w.t("gradeNone") : card.grade()), Style.TITLE));
            lines.add(new Line());
        }
        List<Violation> problems = m.problems();
        lines.add(Line.of(problems.isEmpty() ? w.t("noneOpen") : w.t("open") + " (" + problems.size() + ")", Style.LABEL));
        int first = -1;
        int last = -1;
        for (int i = 0; i < problems.size(); i++) {
            Violation v = problems.get(i);
            boolean pending = i >= m.state.errors().size() + m.state.warnings().size();
            String glyph = pending ? g.pending() : v.severity() == Severity.ERROR ? g.error() : g.warning();
            Style style = pending ? Style.DIM : v.severity() == Severity.ERROR ? Style.ERROR : Style.WARNING;
            boolean focused = m.focus == i;
            if (focused) {
                first = lines.size();
            }
            String text = distinct(m, v);
            if (!pending && v.severity() == Severity.WARNING && m.explanations.containsKey(v.id())) {
                text += "  [" + w.t("explained", m.explanations.get(v.id())) + "]";
            }
            wrap(lines, (focused ? g.focus() : " ") + " " + glyph + " ", text, width, focused ? Style.SELECTED : style);
            if (focused) {
                last = lines.size() - 1;
            }
        }
        lines.add(new Line());
        boolean finFocused = m.focus == problems.size();
        if (finFocused) {
            first = lines.size();
            last = first;
        }
        lines.add(Line.of((finFocused ? g.focus() : " ") + " " + w.t("finalize"), finFocused ? Style.SELECTED : Style.LABEL));
        for (String path : m.written) {
            lines.add(Line.of("  " + g.complete() + " " + path, Style.OK));
        }
        return new SectionView.Result(lines, first, last);
    }

    private static String groupTotal(ScoreCard card, String group) {
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (IndicatorScore s : card.indicators()) {
            if (s.group().equals(group)) {
                max = s.max() == null ? max : max.add(s.max());
                if (s.score() != null) {
                    score = score.add(s.score());
                }
            }
        }
        return Decimals.plain(score) + " / " + Decimals.plain(max);
    }

    private static void wrap(List<Line> lines, String prefix, String text, int width, Style style) {
        wrap(lines, prefix, text, width, style, Width.of(prefix));
    }

    private static void wrap(List<Line> lines, String prefix, String text, int width, Style style, int indent) {
        boolean first = true;
        for (Width.Piece p : Width.wrap(text, Math.max(4, width - (first ? Width.of(prefix) : indent)))) {
            lines.add(Line.of((first ? prefix : " ".repeat(indent)) + p.text(), style));
            first = false;
        }
    }

    /** A field's problem named so that two fields with one label (基本支出 in 收入 and in 支出) read apart. */
    private static String distinct(FillModel m, Violation v) {
        String text = v.message();
        if (v.kind() == Violation.Kind.FIELD && !v.fields().isEmpty()) {
            String id = v.fields().get(0);
            if (m.form.fields().containsKey(id)) {
                String label = m.form.label(id);
                String shown = m.state.distinctLabel(id);
                if (!shown.equals(label) && text.startsWith(label)) {
                    return shown + text.substring(label.length());
                }
            }
        }
        return text;
    }
}
