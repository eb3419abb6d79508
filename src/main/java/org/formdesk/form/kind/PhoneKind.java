package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.formdesk.form.FieldDef;

/** A Chinese landline (with its area code, perhaps an extension) or mobile number. */
final class PhoneKind extends Kind {
    /** The phone numbers a phone field accepts, after normalising; the record schema states them too. */
    static final Pattern LANDLINE = Pattern.compile("(?:\\(0\\d{2,3}\\)|0\\d{2,3}-?)\\d{7,8}(?:-\\d{1,6})?");
    static final Pattern MOBILE = Pattern.compile("(?:\\+?86-?)?1[3-9]\\d{9}");

    PhoneKind() {
        super(Trait.TEXTUAL, Trait.FIGURE);
    }

    @Override
    public Reading read(FieldDef field, Input in) {
        if (LANDLINE.matcher(in.text()).matches() || MOBILE.matcher(in.text()).matches()) {
            return Reading.ok(in.text());
        }
        return Reading.problem("phone", field.label(), Chars.shown(in.raw()));
    }

    @Override
    public boolean admits(FieldDef field, char c) {
        char folded = Chars.fold(c);
        return Chars.digit(folded) || "-()+".indexOf(folded) >= 0 || c == '－' || c == '—';
    }

    @Override
    public String example() {
        return "0354-3368795";
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "string").put("pattern", "^(?:" + LANDLINE.pattern() + "|" + MOBILE.pattern() + ")$");
    }
}
