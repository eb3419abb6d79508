package org.formdesk.record.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.formdesk.form.FieldDef;

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
            if (f.kind().table() || f.kind().multiline()) {
                flush(pending, shortFields);
                (f.kind().table() ? table : longText).accept(f);
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
