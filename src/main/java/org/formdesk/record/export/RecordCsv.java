package org.formdesk.record.export;

import org.formdesk.form.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.CheckDef;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Severity;
import org.formdesk.record.RecordFile;

/**
 * One record as one CSV row: a column per field in form order (computed figures included, rounded
 * for display), tables flattened to {@code <table>.<row>.<column>} with rows numbered from 1, then
 * the score, the explanations of warnings and the status.
 */
public final class RecordCsv {
    private RecordCsv() {
    }

    public static String of(RecordFile record, FormState state, boolean idsOnly) {
        return Csv.write(table(record, state), idsOnly);
    }

    static Table table(RecordFile record, FormState state) {
        Form form = state.form();
        ExportWords words = ExportWords.of(form.language());
        List<Column> columns = new ArrayList<>();
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldDef field : form.fields().values()) {
            if (field.kind().table()) {
                List<Map<?, ?>> rows = Values.rows(state, field);
                for (int r = 0; r < rows.size(); r++) {
                    for (FieldDef col : field.columns()) {
                        String id = field.id() + "." + (r + 1) + "." + col.id();
                        columns.add(new Column(id, field.label() + " " + words.t("row", r + 1) + " "
                                + Headers.label(col, words)));
                        row.put(id, Values.canonical(state.engine().parser(), col, rows.get(r).get(col.id())));
                    }
                }
            } else {
                columns.add(new Column(field.id(), Headers.label(field, words)));
                row.put(field.id(), field.isComputed() ? Values.computed(state, field) : Values.entered(state, field));
            }
        }
        if (!form.indicators().isEmpty()) {
            ScoreCard card = state.scoreCard();
            columns.addAll(Headers.scoreColumns(words));
            row.put("score.total", Decimals.plain(card.total()));
            row.put("score.max", Decimals.plain(card.max()));
            row.put("score.grade", card.grade());
        }
        for (CheckDef check : form.checks()) {
            String why = record.explanations().get(check.id());
            if (check.severityOrDefault() == Severity.WARNING || why != null) {
                String id = "explanations." + check.id();
                columns.add(new Column(id, words.t("explanation", check.id())));
                row.put(id, why);
            }
        }
        columns.add(new Column("status", words.t("status")));
        row.put("status", record.status().yamlName());
        Table table = new Table(columns);
        table.add(row);
        return table;
    }
}
