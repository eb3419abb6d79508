package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.formdesk.form.ChoiceOption;
import org.formdesk.form.FieldDef;

/** One of the field's options, typed as its value or its label and kept as its value. */
final class ChoiceKind extends Kind {
    ChoiceKind() {
        super(Trait.TEXTUAL, Trait.OPTIONS);
    }

    @Override
    public Reading read(FieldDef field, Input in) {
        String text = in.text();
        for (ChoiceOption option : field.options()) {
            if (option.value().equals(text) || text.equals(option.label())) {
                return Reading.ok(option.value());
            }
        }
        return Reading.problem("choice", field.label(),
                field.options().stream().map(ChoiceOption::value).collect(Collectors.joining("、")), Chars.shown(text));
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        ArrayNode options = s.putArray("enum");
        f.options().stream().map(ChoiceOption::value).forEach(options::add);
    }
}
