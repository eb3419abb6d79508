package org.formdesk.record.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * One record as an Excel workbook: a sheet of its fields (section, label, value, unit, id) in form order,
 * a sheet per item table (row number and the table's columns), the indicator sheet (group, indicator,
 * points, score, reason for deduction, then total and grade) and, when there are any, its open problems.
 */
public final class RecordWorkbook {
    private final Form form;
    private final FormState state;
    private final RecordRead read;
    private final ExportWords words;
    private final Xlsx xlsx = new Xlsx();

    private RecordWorkbook(RecordRead read, FormState state) {
        this.form = state.form();
        this.state = state;
        this.read = read;
        this.words = ExportWords.of(form.language());
    }

    public static byte[] of(RecordRead read, FormState state) {
        return new RecordWorkbook(read, state).write();
    }

    private byte[] write() {
        try (xlsx) {
            Sheet fields = xlsx.sheet(words.t("fieldsSheet"));
            xlsx.header(fields, List.of(words.t("section"), words.t("field"), words.t("value"), words.t("unitWord"),
                    words.t("fieldId")), true);
            List<FieldDef> tables = new ArrayList<>();
            for (Section section : form.sections()) {
                for (FieldDef f : section.fields()) {
                    if (f.kind().table()) {
                        tables.add(f);
                        continue;
                    }
                    Row row = xlsx.row(fields);
                    xlsx.set(row, 0, section.title());
                    xlsx.set(row, 1, f.label());
                    xlsx.set(row, 2, Typed.of(state, f), f);
                    xlsx.set(row, 3, f.kind().unit(f));
                    xlsx.set(row, 4, f.id());
                }
            }
            for (FieldDef table : tables) {
                table(table);
            }
            indicators();
            problems();
            return xlsx.bytes();
        }
    }

    private void table(FieldDef table) {
        boolean repeated = form.fields().values().stream()
                .filter(f -> f.kind().table() && f.label().equals(table.label())).count() > 1;
        String sectionTitle = form.sections().stream().filter(s -> s.id().equals(form.sectionOf(table.id())))
                .map(Section::title).findFirst().orElse("");
        Sheet sheet = xlsx.sheet(repeated ? sectionTitle + "·" + table.label() : table.label());
        List<String> head = new ArrayList<>(List.of(words.t("index")));
        for (FieldDef col : table.columns()) {
            head.add(Headers.label(col, words));
        }
        xlsx.header(sheet, head, true);
        List<Map<?, ?>> rows = Values.rows(state, table);
        for (int r = 0; r < rows.size(); r++) {
            Row row = xlsx.row(sheet);
            xlsx.set(row, 0, BigDecimal.valueOf(r + 1));
            for (int c = 0; c < table.columns().size(); c++) {
                FieldDef col = table.columns().get(c);
                xlsx.set(row, c + 1, Typed.cell(state, col, rows.get(r).get(col.id())), col);
            }
        }
    }

    private void indicators() {
        ScoreCard card = state.scoreCard();
        if (card.indicators().isEmpty()) {
            return;
        }
        Sheet sheet = xlsx.sheet(words.t("indicatorsSheet"));
        xlsx.header(sheet, List.of(words.t("group"), words.t("indicator"), words.t("points"), words.t("score"),
                words.t("deduction")), false);
        for (IndicatorScore s : card.indicators()) {
            Row row = xlsx.row(sheet);
            xlsx.set(row, 0, s.group());
            xlsx.set(row, 1, s.label());
            xlsx.set(row, 2, s.max());
            xlsx.set(row, 3, s.score());
            xlsx.set(row, 4, s.deductionReason());
        }
        Row total = xlsx.row(sheet);
        xlsx.set(total, 0, words.t("sum"));
        xlsx.set(total, 2, card.max());
        xlsx.set(total, 3, card.total());
        Row grade = xlsx.row(sheet);
        xlsx.set(grade, 0, words.t("grade"));
        xlsx.set(grade, 3, card.grade() == null ? words.t("noGrade") : card.grade());
    }

    private void problems() {
        List<OpenProblems.Entry> open = OpenProblems.of(read, state);
        if (open.isEmpty()) {
            return;
        }
        Sheet sheet = xlsx.sheet(words.t("problemsSheet"));
        xlsx.header(sheet, List.of(words.t("kind"), words.t("section"), words.t("fields"), words.t("message"),
                words.t("explanationWord")), true);
        for (OpenProblems.Entry p : open) {
            Row row = xlsx.row(sheet);
            xlsx.set(row, 0, words.t(p.kind()));
            xlsx.set(row, 1, p.section());
            xlsx.set(row, 2, p.fields());
            xlsx.set(row, 3, p.message());
            xlsx.set(row, 4, p.explanation());
        }
    }

}
