package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.formdesk.form.FieldDef;

/** Yes or no, typed in English or Chinese (是/否, 对/不, y/n, 1/0). */
final class BooleanKind extends Kind {
    BooleanKind() {
        super(Trait.YES_NO, Trait.FIGURE);
    }

    @Override
    public Reading read(FieldDef field, Input in) {
        return switch (in.text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "对" -> Reading.ok(Boolean.TRUE);
            case "false", "no", "n", "0", "否", "不" -> Reading.ok(Boolean.FALSE);
            default -> Reading.problem("boolean", field.label(), Chars.shown(in.raw()));
        };
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "boolean");
    }
}
