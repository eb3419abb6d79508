package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.formdesk.form.FieldDef;

/** One line of free text, limited only by maxLength and pattern (checked when the field is left). */
class TextKind extends Kind {
    TextKind(Trait... more) {
        super(traits(more, Trait.TEXTUAL, Trait.PROSE));
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "string");
        if (f.isRequired()) {
            s.put("minLength", 1);
        }
        if (f.maxLength() != null) {
            s.put("maxLength", f.maxLength());
        }
        if (f.pattern() != null) {
            s.put("pattern", "^(?:" + f.pattern() + ")$");
        }
    }
}
