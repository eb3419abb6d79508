package org.formdesk.record.export;

import java.util.List;
import org.formdesk.form.FieldDef;

/** The words of a field's column header: its label and, for figures, its unit (percentages: %). */
final class Headers {
    private Headers() {
    }

    /** The score's columns, after a form's indicators: total, maximum and grade. */
    static List<Column> scoreColumns(ExportWords words) {
        return List.of(new Column("score.total", words.t("total")), new Column("score.max", words.t("max")),
                new Column("score.grade", words.t("grade")));
    }

    static String label(FieldDef field, ExportWords words) {
        String unit = field.kind().unit(field);
        return unit == null || unit.isBlank() ? field.label() : words.t("unit", field.label(), unit);
    }
}
