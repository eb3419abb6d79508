package org.formdesk.record.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.FormState;
import org.formdesk.engine.ScoreCard;
import org.formdesk.form.Decimals;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.form.Section;
import org.formdesk.record.RecordRead;

/**
 * The long CSV layout: the same columns for every record of a form — file, the record keys, section,
 * field, id, row, column, value, unit — and a line per field (empty ones too, so every record has the
 * same lines), a line per cell of each table row (numbered from 1), then total, maximum and grade. Files
 * of two departments, or of one department with 3 rows and 30, stack by plain concatenation; a pivot
 * table gives back the wide layout. Headers are the form's own words ({@code --ids}: the column ids).
 */
public final class LongCsv {
    private final Form form;
    private final ExportWords words;
    private final List<String> keyIds;
    private final Table table;

    public LongCsv(Form form) {
        this.form = form;
        this.words = ExportWords.of(form.language());
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("file", words.t("file")));
        keyIds = form.recordKeyIds();
        for (String id : keyIds) {
            columns.add(new Column(id, form.label(id)));
        }
        columns.add(new Column("section", words.t("section")));
        columns.add(new Column("field", words.t("field")));
        columns.add(new Column("field_id", words.t("fieldId")));
        columns.add(new Column("row", words.t("rowNo")));
        columns.add(new Column("column", words.t("column")));
        columns.add(new Column("column_id", words.t("columnId")));
        columns.add(new Column("value", words.t("value")));
        columns.add(new Column("unit", words.t("unitWord")));
        this.table = new Table(columns);
    }

    /** One record as the long CSV. */
    public static String of(String file, RecordRead read, FormState state, boolean idsOnly) {
        LongCsv csv = new LongCsv(state.form());
        csv.add(file, read, state);
        return csv.write(idsOnly);
    }

    public Table table() {
        return table;
    }

    public String write(boolean idsOnly) {
        return Csv.write(table, table.columns().stream().map(c -> idsOnly ? c.id() : c.label()).toList());
    }

    public void add(String file, RecordRead read, FormState state) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("file", file);
        for (String id : keyIds) {
            keys.put(id, Values.entered(state, form.fields().get(id)));
        }
        for (Section section : form.sections()) {
            for (FieldDef f : section.fields()) {
                if (f.kind().table()) {
                    List<Map<?, ?>> rows = Values.rows(state, f);
                    for (int r = 0; r < rows.size(); r++) {
                        for (FieldDef col : f.columns()) {
                            Map<String, Object> line = line(keys, section.title(), f);
                            line.put("row", (long) (r + 1));
                            line.put("column", col.label());
                            line.put("column_id", col.id());
                            line.put("value", Values.canonical(state.engine().parser(), col, rows.get(r).get(col.id())));
                            line.put("unit", unit(col));
                            table.add(line);
                        }
                    }
                    continue;
                }
                Map<String, Object> line = line(keys, section.title(), f);
                line.put("value", f.isComputed() ? Values.computed(state, f) : Values.entered(state, f));
                line.put("unit", unit(f));
                table.add(line);
            }
        }
        if (!form.indicators().isEmpty() || form.scoring().isPresent()) {
            ScoreCard card = state.scoreCard();
            List<Column> score = Headers.scoreColumns(words);
            score(keys, score.get(0), Decimals.plain(card.total()));
            score(keys, score.get(1), Decimals.plain(card.max()));
            score(keys, score.get(2), card.grade());
        }
    }

    private void score(Map<String, Object> keys, Column column, String value) {
        Map<String, Object> line = new LinkedHashMap<>(keys);
        line.put("section", words.t("scoreTable"));
        line.put("field", column.label());
        line.put("field_id", column.id());
        line.put("value", value);
        table.add(line);
    }

    private static Map<String, Object> line(Map<String, Object> keys, String section, FieldDef f) {
        Map<String, Object> line = new LinkedHashMap<>(keys);
        line.put("section", section);
        line.put("field", f.label());
        line.put("field_id", f.id());
        return line;
    }

    private static String unit(FieldDef f) {
        return f.kind().unit(f);
    }
}
