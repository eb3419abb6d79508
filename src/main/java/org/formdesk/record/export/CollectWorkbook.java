package org.formdesk.record.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * Many records of one form as a workbook the bureau stacks and filters: the summary sheet (a row per
 * record, the columns of {@code collect}'s CSV), a long sheet per item table (the record's file and keys,
 * the row number, the table's columns), a long sheet of indicator scores (keys, group, indicator, points,
 * score, reason for deduction) and a sheet of every open error and warning (keys, kind, section, fields,
 * message, explanation). Every sheet has a frozen header row and an autofilter.
 */
public final class CollectWorkbook implements Collection.Sink {
    private final Form form;
    private final ExportWords words;
    private final Xlsx xlsx = new Xlsx();
    private final Sheet summary;
    private final Map<String, Sheet> tables = new LinkedHashMap<>();
    private final Sheet scores;
    private final Sheet problems;
    private final List<String> keyIds;

    public CollectWorkbook(Form form) {
        this.form = form;
        this.words = ExportWords.of(form.language());
        this.keyIds = form.recordKeyIds();
        summary = xlsx.sheet(words.t("summarySheet"));
        List<FieldDef> tableFields = form.fields().values().stream().filter(f -> f.kind().table()).toList();
        for (FieldDef table : tableFields) {
            boolean repeated = tableFields.stream().filter(f -> f.label().equals(table.label())).count() > 1;
            Sheet sheet = xlsx.sheet(repeated ? sectionTitle(table.id()) + "·" + table.label() : table.label());
            List<String> head = keyHeaders();
            head.add(words.t("rowNo"));
            for (FieldDef col : table.columns()) {
                head.add(Headers.label(col, words));
            }
            xlsx.header(sheet, head, true);
            tables.put(table.id(), sheet);
        }
        if (!form.indicators().isEmpty() || form.scoring().isPresent()) {
            scores = xlsx.sheet(words.t("scoresSheet"));
            List<String> head = keyHeaders();
            head.addAll(List.of(words.t("group"), words.t("indicator"), words.t("points"), words.t("score"),
                    words.t("deduction")));
            xlsx.header(scores, head, true);
        } else {
            scores = null;
        }
        problems = xlsx.sheet(words.t("problemsSheet"));
        List<String> head = keyHeaders();
        head.addAll(List.of(words.t("kind"), words.t("section"), words.t("fields"), words.t("message"),
                words.t("explanationWord")));
        xlsx.header(problems, head, true);
    }

    private List<String> keyHeaders() {
        List<String> head = new ArrayList<>(List.of(words.t("file")));
        for (String id : keyIds) {
            head.add(form.label(id));
        }
        return head;
    }

    private String sectionTitle(String fieldId) {
        return form.sections().stream().filter(s -> s.id().equals(form.sectionOf(fieldId))).map(Section::title)
                .findFirst().orElse("");
    }

    @Override
    public void add(String file, RecordRead read, FormState state) {
        List<Object> keys = new ArrayList<>(List.of(file));
        for (String id : keyIds) {
            keys.add(Typed.of(state, form.fields().get(id)));
        }
        for (Map.Entry<String, Sheet> e : tables.entrySet()) {
            FieldDef table = form.fields().get(e.getKey());
            List<Map<?, ?>> rows = Values.rows(state, table);
            for (int r = 0; r < rows.size(); r++) {
                Row row = keyed(e.getValue(), keys);
                int c = keys.size();
                xlsx.set(row, c++, BigDecimal.valueOf(r + 1));
                for (FieldDef col : table.columns()) {
                    xlsx.set(row, c++, Typed.cell(state, col, rows.get(r).get(col.id())), col);
                }
            }
        }
        if (scores != null) {
            for (IndicatorScore s : state.scoreCard().indicators()) {
                Row row = keyed(scores, keys);
                int c = keys.size();
                xlsx.set(row, c++, s.group());
                xlsx.set(row, c++, s.label());
                xlsx.set(row, c++, s.max());
                xlsx.set(row, c++, s.score());
                xlsx.set(row, c, s.deductionReason());
            }
        }
        for (OpenProblems.Entry p : OpenProblems.of(read, state)) {
            Row row = keyed(problems, keys);
            int c = keys.size();
            xlsx.set(row, c++, words.t(p.kind()));
            xlsx.set(row, c++, p.section());
            xlsx.set(row, c++, p.fields());
            xlsx.set(row, c++, p.message());
            xlsx.set(row, c, p.explanation());
        }
    }

    private Row keyed(Sheet sheet, List<Object> keys) {
        Row row = xlsx.row(sheet);
        for (int c = 0; c < keys.size(); c++) {
            FieldDef f = c == 0 ? null : form.fields().get(keyIds.get(c - 1));
            xlsx.set(row, c, keys.get(c), f);
        }
        return row;
    }

    /** The workbook, with the summary table the collection made; frees the temporary files. */
    public byte[] bytes(Summary table, boolean idsOnly) {
        try (xlsx) {
            Table t = table.table();
            xlsx.header(summary, t.columns().stream().map(c -> idsOnly ? c.id() : c.label()).toList(), true);
            List<FieldDef> fields = t.columns().stream().map(c -> form.fields().get(c.id())).toList();
            for (List<Object> cells : t.rows()) {
                Row row = xlsx.row(summary);
                for (int c = 0; c < cells.size(); c++) {
                    FieldDef f = fields.get(c);
                    Object v = cells.get(c);
                    if (f != null && f.kind().rate()) {
                        // The summary holds rates ×100 as the CSV shows them (typed ones with their % sign).
                        if (v instanceof String text && text.matches("-?\\d+(\\.\\d+)?%")) {
                            v = new BigDecimal(text.substring(0, text.length() - 1));
                        }
                        if (v instanceof BigDecimal d) {
                            v = d.movePointLeft(2);
                        }
                    }
                    xlsx.set(row, c, v, f);
                }
            }
            return xlsx.bytes();
        }
    }
}
