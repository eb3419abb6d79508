package org.formdesk.record.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.formdesk.engine.Computed;
import org.formdesk.engine.FormState;
import org.formdesk.engine.Parsed;
import org.formdesk.form.FieldDef;

/**
 * Field values as a spreadsheet cell holds them: the exact number entered (a BigDecimal), computed
 * figures rounded half-up as they are shown (rates as fractions: 28.32% is 0.2832), dates as dates, yes/no
 * in words, and text — or, when a draft's input does not read, the text that was typed. Null is empty.
 */
final class Typed {
    private Typed() {
    }

    static Object of(FormState state, FieldDef f) {
        if (f.kind().table()) {
            return null;
        }
        if (f.isComputed()) {
            Computed c = state.computed(f.id());
            return c == null || c.value() == null ? null : f.kind().rounded(f, c.value());
        }
        Object v = state.value(f.id());
        if (v == null) {
            Object raw = state.raw(f.id());
            return raw == null || String.valueOf(raw).isEmpty() ? null : String.valueOf(raw);
        }
        return cell(v, state.shown(f.id()));
    }

    /** A table cell from what the row holds. */
    static Object cell(FormState state, FieldDef col, Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            return String.valueOf(raw);
        }
        Parsed parsed = state.engine().parser().parse(col, text);
        if (parsed.value() == null) {
            return parsed.isEmpty() ? null : text;
        }
        return cell(parsed.value(), Values.canonical(state.engine().parser(), col, raw));
    }

    private static Object cell(Object v, String shown) {
        if (v instanceof BigDecimal || v instanceof LocalDate) {
            return v;
        }
        return shown;
    }

}
