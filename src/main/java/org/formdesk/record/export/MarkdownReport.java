package org.formdesk.record.export;

import org.formdesk.form.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Visible;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.Problem;
import org.formdesk.form.RecordKeys;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * A record as a report laid out like the paper form: each section with its figures in a two-column
 * table, item tables with their totals, long texts as paragraphs, each indicator with its score,
 * then the score table with total and grade, and every open problem with its explanation.
 */
public final class MarkdownReport {
    private final Form form;
    private final FormState state;
    private final RecordRead read;
    private final ExportWords words;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    private MarkdownReport(RecordRead read, FormState state) {
        this.form = state.form();
        this.state = state;
        this.read = read;
        this.words = ExportWords.of(form.language());
    }

    public static String of(RecordRead read, FormState state) {
        return new MarkdownReport(read, state).write();
    }

    private String write() {
        out.append("# ").append(Md.escape(form.title())).append("\n\n");
        RecordKeys keys = form.definition().record();
        List<String> head = new ArrayList<>();
        if (keys != null) {
            for (String id : new String[] {keys.unit(), keys.year()}) {
                if (id != null && form.fields().containsKey(id)) {
                    head.add("**" + Md.escape(form.label(id)) + "** " + value(form.fields().get(id)));
                }
            }
        }
        head.add("**" + words.t("status") + "** " + words.t(read.record().status().yamlName()));
        head.add("**" + words.t("form") + "** " + Md.escape(form.id() + " " + form.version()));
        out.append(String.join(" · ", head)).append("\n");
        for (Section section : form.sections()) {
            section(section);
        }
        scores();
        problems();
        return Visible.of(out.toString());
    }

    private void section(Section section) {
        out.append("\n## ").append(Md.escape(section.title())).append("\n");
        if (section.help() != null && !section.help().isBlank()) {
            out.append("\n*").append(Md.inline(section.help().strip())).append("*\n");
        }
        fields(section.fields().stream().filter(f -> form.indicatorOf(f.id()).isEmpty()).toList());
        for (IndicatorDef ind : section.indicators()) {
            BigDecimal score = Values.number(state, ind.scoreId());
            out.append("\n### ").append(words.t("unit", Md.escape(ind.label()), Md.escape(ind.group()))).append("\n\n")
                    .append(words.t("scoreLine", Decimals.plain(ind.max()), score == null ? "—" : Decimals.plain(score))).append("\n");
            List<FieldDef> parts = new ArrayList<>(ind.fields());
            parts.add(form.fields().get(ind.deductionId()));
            parts.add(form.fields().get(ind.analysisId()));
            fields(parts);
        }
    }

    /** Short fields gathered into one table; long texts and item tables each under a heading. */
    private void fields(List<FieldDef> fields) {
        FieldRuns.walk(fields, this::shortFields, this::itemTable, this::longText);
    }

    private void shortFields(List<FieldDef> fields) {
        if (fields.isEmpty()) {
            return;
        }
        out.append('\n').append(Md.row(List.of(words.t("item"), words.t("value")))).append("|---|---|\n");
        for (FieldDef f : fields) {
            out.append(Md.row(List.of(Md.escape(f.label()), value(f))));
        }
    }

    private void longText(FieldDef f) {
        Object raw = state.raw(f.id());
        if (raw == null && !state.isRequired(f)) {
            return;
        }
        out.append("\n**").append(Md.escape(f.label())).append("**\n\n")
                .append(raw == null ? "—" : Md.paragraphs(String.valueOf(raw))).append('\n');
    }

    private void itemTable(FieldDef table) {
        out.append("\n**").append(Md.escape(table.label())).append("**\n\n");
        List<Map<?, ?>> rows = Values.rows(state, table);
        if (rows.isEmpty()) {
            out.append("—\n");
            return;
        }
        List<String> head = new ArrayList<>(List.of(words.t("index")));
        StringBuilder rule = new StringBuilder("|---:|");
        for (FieldDef col : table.columns()) {
            head.add(Md.escape(Headers.label(col, words)));
            rule.append(col.kind().rightAligned() ? "---:|" : "---|");
        }
        out.append(Md.row(head)).append(rule).append('\n');
        BigDecimal[] sums = new BigDecimal[table.columns().size()];
        boolean[] blank = new boolean[table.columns().size()];
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(r + 1)));
            for (int c = 0; c < table.columns().size(); c++) {
                FieldDef col = table.columns().get(c);
                String text = Values.canonical(state.engine().parser(), col, rows.get(r).get(col.id()));
                cells.add(text == null ? "" : Md.inline(text));
                if (col.kind().numeric() && text != null && text.matches("-?\\d+(\\.\\d+)?")) {
                    sums[c] = (sums[c] == null ? BigDecimal.ZERO : sums[c]).add(new BigDecimal(text));
                } else if (col.kind().numeric() && !col.kind().rate()
                        && !col.blankIsZero()) {
                    blank[c] = true; // a blank or unreadable cell: no total, as validate has none either
                }
            }
            out.append(Md.row(cells));
        }
        List<String> total = new ArrayList<>(List.of(words.t("sum")));
        for (int c = 0; c < sums.length; c++) {
            total.add(blank[c] ? "—" : sums[c] == null ? "" : sums[c].toPlainString());
        }
        out.append(Md.row(total));
    }

    private void scores() {
        ScoreCard card = state.scoreCard();
        if (card.indicators().isEmpty()) {
            return;
        }
        out.append("\n## ").append(words.t("scoreTable")).append("\n\n")
                .append(Md.row(List.of(words.t("group"), words.t("indicator"), words.t("points"), words.t("score"),
                        words.t("metrics"), words.t("deduction"))))
                .append("|---|---|---:|---:|---|---|\n");
        String group = null;
        for (IndicatorScore s : card.indicators()) {
            List<String> metrics = new ArrayList<>();
            for (String id : s.metrics()) {
                metrics.add(Md.escape(form.label(id) + " " + state.shown(id)));
            }
            out.append(Md.row(List.of(s.group().equals(group) ? "" : Md.escape(s.group()), Md.escape(s.label()),
                    s.max() == null ? "—" : Decimals.plain(s.max()), s.score() == null ? "—" : Decimals.plain(s.score()), String.join("<br>", metrics),
                    s.deductionReason() == null ? "" : Md.inline(s.deductionReason()))));
            group = s.group();
        }
        out.append(Md.row(List.of("", "**" + words.t("sum") + "**", Decimals.plain(card.max()), "**" + Decimals.plain(card.total()) + "**",
                "", "")));
        out.append("\n**").append(words.t("grade")).append("** ")
                .append(card.grade() == null ? words.t("noGrade") : Md.escape(card.grade())).append('\n');
    }

    private void problems() {
        out.append("\n## ").append(words.t("open")).append("\n\n");
        List<String> lines = new ArrayList<>();
        for (Problem p : read.issues()) {
            lines.add(words.t("entry", words.t("error"), Md.inline(p.toString())));
        }
        Verdict verdict = Verdict.of(state, read.record().explanations());
        for (Violation v : verdict.errors()) {
            lines.add(words.t("entry", words.t("error"), Md.inline(v.message())));
        }
        for (Violation v : verdict.warnings()) {
            String why = verdict.explanation(v.id());
            lines.add(words.t("entry", words.t("warning"), Md.inline(v.message())) + (why == null
                    ? words.t("unexplainedNote") : "<br>" + words.t("explained", Md.inline(why))));
        }
        for (Violation v : verdict.pending()) {
            lines.add(words.t("entry", words.t("pending"), Md.inline(v.message())));
        }
        for (Problem p : read.notes()) {
            lines.add(words.t("entry", words.t("warning"), Md.inline(p.toString())));
        }
        if (lines.isEmpty()) {
            out.append(words.t("none")).append('\n');
        }
        for (String line : lines) {
            out.append("- ").append(line).append('\n');
        }
    }

    /** A short field's value as read: figures with their unit, what was typed if it does not read. */
    private String value(FieldDef f) {
        if (state.value(f.id()) != null) {
            String shown = state.shown(f.id());
            boolean withUnit = f.kind().numeric() && f.unit() != null && !f.unit().isBlank();
            return Md.inline(withUnit ? shown + " " + f.unit() : shown);
        }
        Object raw = state.raw(f.id());
        return raw == null ? "—" : Md.inline(String.valueOf(raw));
    }
}
