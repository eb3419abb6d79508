package org.formdesk.record.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.IndicatorDef;
import org.formdesk.form.PrintDef;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * A record as the Word document that is printed, signed and stamped: the paper's title lines from the
 * form's {@code print:} block, then each section in form order — its short fields in a four-column grid
 * (label, value, label, value), long texts as paragraphs, item tables with their totals, each indicator
 * with its score and analysis — then the indicator table with total and grade, the open problems, the
 * signature block and the notes. Everything is derived from the form; nothing here knows a form.
 */
public final class DocxReport {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Form form;
    private final FormState state;
    private final RecordRead read;
    private final ExportWords words;
    private final PrintDef print;
    private final XWPFDocument doc = new XWPFDocument();
    private final Docx docx = new Docx(doc);

    private DocxReport(RecordRead read, FormState state) {
        this.form = state.form();
        this.state = state;
        this.read = read;
        this.words = ExportWords.of(form.language());
        this.print = form.definition().print() == null
                ? new PrintDef(null, null, null, null, null, null) : form.definition().print();
    }

    public static byte[] of(RecordRead read, FormState state) {
        return new DocxReport(read, state).write();
    }

    private byte[] write() {
        docx.page();
        if (print.corner() != null) {
            docx.paragraph(fill(print.corner()), Docx.Size.BODY, true, ParagraphAlignment.LEFT);
        }
        docx.paragraph(print.title() == null ? form.title() : fill(print.title()), Docx.Size.TITLE, true,
                ParagraphAlignment.CENTER);
        if (print.subtitle() != null) {
            docx.paragraph(fill(print.subtitle()), Docx.Size.SUBTITLE, false, ParagraphAlignment.CENTER);
        }
        if (!print.header().isEmpty()) {
            List<String> parts = print.header().stream().map(this::fill).toList();
            docx.spread(parts);
        }
        int n = 0;
        for (Section section : form.sections()) {
            section(n++, section);
        }
        scores();
        problems();
        signature();
        for (String note : print.notes()) {
            docx.paragraph(fill(note), Docx.Size.SMALL, false, ParagraphAlignment.BOTH);
        }
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fill(String text) {
        return PrintDef.fill(text, id -> form.fields().containsKey(id) ? value(form.fields().get(id)) : null);
    }

    private void section(int n, Section section) {
        String number = "zh".equals(form.language()) ? chinese(n + 1) + "、" : (n + 1) + ". ";
        docx.heading(number + section.title(), section.help() == null || section.help().isBlank() ? null
                : words.t("aside", section.help().strip()));
        fields(section.fields().stream().filter(f -> form.indicatorOf(f.id()).isEmpty()).toList());
        for (IndicatorDef ind : section.indicators()) {
            docx.heading(ind.label(), words.t("aside", words.t("indicatorLine", ind.group(), plain(ind.max()))));
            List<FieldDef> parts = new ArrayList<>(ind.fields());
            parts.add(part(ind, ind.scoreId()));
            parts.add(part(ind, ind.deductionId()));
            parts.add(part(ind, ind.analysisId()));
            fields(parts);
        }
    }

    /** One of the parts the loader adds to an indicator, labelled without the indicator's name under its heading. */
    private FieldDef part(IndicatorDef ind, String id) {
        FieldDef f = form.fields().get(id);
        if (f == null || !f.label().startsWith(ind.label())) {
            return f;
        }
        String rest = f.label().substring(ind.label().length()).replaceFirst("^\\s*[·:：-]\\s*", "");
        return rest.isEmpty() ? f : f.withIdLabel(f.id(), rest);
    }

    /** Short fields gathered into grids; long texts and item tables each in their place between them. */
    private void fields(List<FieldDef> fields) {
        FieldRuns.walk(fields, this::grid, this::itemTable, this::longText);
    }

    private void grid(List<FieldDef> fields) {
        if (fields.isEmpty()) {
            return;
        }
        int rows = (fields.size() + 1) / 2;
        XWPFTable table = docx.table(rows, new int[] {28, 22, 28, 22});
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            XWPFTableRow row = table.getRow(i / 2);
            int c = (i % 2) * 2;
            String label = f.kind().rate() ? f.label() : Headers.label(f, words);
            docx.cell(row.getCell(c), label, false, ParagraphAlignment.CENTER, true);
            docx.cell(row.getCell(c + 1), value(f), false, ParagraphAlignment.CENTER, false);
        }
        if (fields.size() % 2 == 1) {
            docx.span(table.getRow(rows - 1), 1, 3);
        }
        docx.gap();
    }

    private void longText(FieldDef f) {
        Object raw = state.raw(f.id());
        if (raw == null && !state.isRequired(f)) {
            return;
        }
        docx.label(f.label() + words.t("colon"));
        if (raw == null) {
            docx.paragraph("", Docx.Size.BODY, false, ParagraphAlignment.LEFT);
            return;
        }
        for (String line : String.valueOf(raw).split("\r?\n", -1)) {
            docx.text(line);
        }
    }

    private void itemTable(FieldDef table) {
        docx.label(table.label() + words.t("colon"));
        List<Map<?, ?>> rows = Values.rows(state, table);
        List<FieldDef> cols = table.columns();
        // Figures never wrap: each numeric column (and the row number) gets the room of its widest figure
        // or header word first; text columns share what is left by how much they hold, wrapping as needed.
        int[] want = new int[cols.size() + 1];
        int[] least = new int[cols.size() + 1];
        want[0] = Math.max(Xlsx.Width.of(words.t("index")), String.valueOf(rows.size()).length());
        least[0] = want[0];
        for (int c = 0; c < cols.size(); c++) {
            FieldDef col = cols.get(c);
            int longest = 0;
            for (Map<?, ?> row : rows) {
                String text = Values.canonical(state.engine().parser(), col, row.get(col.id()));
                longest = Math.max(longest, text == null ? 0 : Xlsx.Width.of(text));
            }
            int header = Xlsx.Width.of(Headers.label(col, words));
            want[c + 1] = Math.min(Math.max(longest, header), 40);
            least[c + 1] = col.kind().numeric() ? Math.max(longest, 4) : Math.min(want[c + 1], 4);
        }
        int[] widths = Docx.columns(want, least);
        boolean anySum = cols.stream().anyMatch(DocxReport::summed);
        XWPFTable t = docx.table(1 + Math.max(rows.size(), 1) + (anySum ? 1 : 0), widths);
        docx.repeatHeader(t.getRow(0));
        docx.cell(t.getRow(0).getCell(0), words.t("index"), true, ParagraphAlignment.CENTER, true);
        for (int c = 0; c < cols.size(); c++) {
            docx.cell(t.getRow(0).getCell(c + 1), Headers.label(cols.get(c), words), true,
                    ParagraphAlignment.CENTER, true);
        }
        BigDecimal[] sums = new BigDecimal[cols.size()];
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            docx.cell(row.getCell(0), String.valueOf(r + 1), false, ParagraphAlignment.CENTER, false);
            for (int c = 0; c < cols.size(); c++) {
                FieldDef col = cols.get(c);
                String text = Values.canonical(state.engine().parser(), col, rows.get(r).get(col.id()));
                docx.cell(row.getCell(c + 1), text == null ? "" : text, false,
                        col.kind().rightAligned() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
                if (summed(col) && text != null && text.matches("-?\\d+(\\.\\d+)?")) {
                    sums[c] = (sums[c] == null ? BigDecimal.ZERO : sums[c]).add(new BigDecimal(text));
                }
            }
        }
        if (anySum) {
            XWPFTableRow total = t.getRow(t.getNumberOfRows() - 1);
            docx.cell(total.getCell(0), words.t("sum"), true, ParagraphAlignment.CENTER, true);
            for (int c = 0; c < cols.size(); c++) {
                docx.cell(total.getCell(c + 1), sums[c] == null ? "" : sums[c].toPlainString(), true,
                        ParagraphAlignment.RIGHT, false);
            }
        }
        docx.gap();
    }

    /** Amounts and counts add up; rates do not. */
    private static boolean summed(FieldDef col) {
        return col.kind().numeric() && !col.kind().rate();
    }

    private void scores() {
        ScoreCard card = state.scoreCard();
        if (card.indicators().isEmpty()) {
            return;
        }
        docx.heading(words.t("scoreTable"), null);
        List<IndicatorScore> list = card.indicators();
        int[] want = {Xlsx.Width.of(words.t("group")), Xlsx.Width.of(words.t("indicator")), 6, 6, 20};
        for (IndicatorScore s : list) {
            want[0] = Math.max(want[0], Xlsx.Width.of(s.group()));
            want[1] = Math.max(want[1], Math.min(Xlsx.Width.of(s.label()), 30));
            want[4] = Math.max(want[4], Math.min(Xlsx.Width.of(s.deductionReason() == null ? "" : s.deductionReason()), 60));
        }
        XWPFTable t = docx.table(list.size() + 3, Docx.columns(want, new int[] {4, 8, 6, 6, 8}));
        docx.repeatHeader(t.getRow(0));
        String[] head = {words.t("group"), words.t("indicator"), words.t("points"), words.t("score"), words.t("deduction")};
        for (int c = 0; c < head.length; c++) {
            docx.cell(t.getRow(0).getCell(c), head[c], true, ParagraphAlignment.CENTER, true);
        }
        String group = null;
        for (int i = 0; i < list.size(); i++) {
            IndicatorScore s = list.get(i);
            XWPFTableRow row = t.getRow(i + 1);
            boolean first = !s.group().equals(group);
            docx.cell(row.getCell(0), first ? s.group() : "", false, ParagraphAlignment.CENTER, true);
            docx.mergeDown(row.getCell(0), first);
            docx.cell(row.getCell(1), s.label(), false, ParagraphAlignment.CENTER, false);
            docx.cell(row.getCell(2), plain(s.max()), false, ParagraphAlignment.CENTER, false);
            docx.cell(row.getCell(3), s.score() == null ? "" : plain(s.score()), false, ParagraphAlignment.CENTER, false);
            docx.cell(row.getCell(4), s.deductionReason() == null ? "" : s.deductionReason(), false,
                    ParagraphAlignment.LEFT, false);
            group = s.group();
        }
        XWPFTableRow total = t.getRow(list.size() + 1);
        docx.cell(total.getCell(0), words.t("sum"), true, ParagraphAlignment.CENTER, true);
        docx.cell(total.getCell(2), plain(card.max()), true, ParagraphAlignment.CENTER, false);
        docx.cell(total.getCell(3), plain(card.total()), true, ParagraphAlignment.CENTER, false);
        docx.span(total, 0, 2);
        XWPFTableRow grade = t.getRow(list.size() + 2);
        docx.cell(grade.getCell(0), words.t("grade"), true, ParagraphAlignment.CENTER, true);
        docx.cell(grade.getCell(2), card.grade() == null ? words.t("noGrade") : card.grade(), true,
                ParagraphAlignment.CENTER, false);
        docx.span(grade, 2, 3);
        docx.span(grade, 0, 2);
        docx.gap();
    }

    private void problems() {
        List<OpenProblems.Entry> open = OpenProblems.of(read, state);
        if (open.isEmpty()) {
            return;
        }
        docx.heading(words.t("open"), null);
        for (OpenProblems.Entry p : open) {
            String line = words.t("entry", words.t(p.kind()), p.message());
            if ("warning".equals(p.kind())) {
                line += p.explanation() == null ? words.t("unexplainedNote") : " " + words.t("explained", p.explanation());
            }
            docx.paragraph(line, Docx.Size.SMALL, false, ParagraphAlignment.LEFT);
        }
    }

    private void signature() {
        if (print.signature().isEmpty()) {
            return;
        }
        docx.paragraph("", Docx.Size.BODY, false, ParagraphAlignment.LEFT);
        for (String line : print.signature()) {
            docx.signatureLine(fill(line));
        }
    }

    /** A field's value as a person reads it: figures with their unit in the label, dates ISO; blank if empty. */
    private String value(FieldDef f) {
        if (state.value(f.id()) != null) {
            return state.shown(f.id());
        }
        Object raw = state.raw(f.id());
        return raw == null ? "" : String.valueOf(raw);
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (sections past 99 numbered in digits). */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : NUMERALS[tens - 1]) + "十";
        return t + (ones == 0 ? "" : NUMERALS[ones - 1]);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
