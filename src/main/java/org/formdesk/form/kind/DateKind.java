package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.form.FieldDef;

/** A calendar date, typed 2022-02-08, 2022.2.8, 2022年2月8日 or 二〇二二年二月八日, kept as a LocalDate. */
final class DateKind extends Kind {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-./]|年)(\\d{1,2})(?:[-./]|月)(\\d{1,2})[日号]?");

    DateKind() {
        super(Trait.FIGURE, Trait.CHINESE_NUMERALS);
    }

    @Override
    public Reading read(FieldDef field, Input in) {
        Matcher m = DATE.matcher(in.text());
        if (m.matches()) {
            try {
                return Reading.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // 2022-02-30: a date-shaped input that is no date; the problem below says what is wanted.
            }
        }
        return Reading.problem("date", field.label(), Chars.shown(in.raw()));
    }

    @Override
    public boolean admits(FieldDef field, char c) {
        char folded = Chars.fold(c);
        return Chars.digit(folded) || "./-".indexOf(folded) >= 0 || "年月日号。".indexOf(c) >= 0 || Chars.chineseDigit(c);
    }

    @Override
    public String example() {
        return "2022-02-08";
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }
}
