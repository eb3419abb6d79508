package org.formdesk.record.export;

import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/** The words of a field's column header: its label and, for figures, its unit (percentages: %). */
final class Headers {
    private Headers() {
    }

    static String label(FieldDef field, ExportWords words) {
        String unit = field.type() == FieldType.PERCENT ? "%" : field.unit();
        return unit == null || unit.isBlank() ? field.label() : words.t("unit", field.label(), unit);
    }
}
