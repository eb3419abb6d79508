package org.formdesk.record.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/**
 * The paper form's reading order, shared by the printed layouts (Word, Markdown): short fields gathered into
 * one grid until an item table or a long text interrupts them, which then stands on its own.
 */
final class FieldRuns {
    private FieldRuns() {
    }

    static void walk(List<FieldDef> fields, Consumer<List<FieldDef>> shortFields, Consumer<FieldDef> table,
            Consumer<FieldDef> longText) {
        List<FieldDef> pending = new ArrayList<>();
        for (FieldDef f : fields) {
            if (f == null) {
                continue;
            }
            if (f.type() == FieldType.TABLE || f.type() == FieldType.LONGTEXT) {
                flush(pending, shortFields);
                (f.type() == FieldType.TABLE ? table : longText).accept(f);
            } else {
                pending.add(f);
            }
        }
        flush(pending, shortFields);
    }

    private static void flush(List<FieldDef> pending, Consumer<List<FieldDef>> shortFields) {
        if (!pending.isEmpty()) {
            shortFields.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
