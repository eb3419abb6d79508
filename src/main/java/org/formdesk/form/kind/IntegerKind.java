package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.formdesk.form.FieldDef;

/** A whole number (a count, a year): 12.0 is 12, 12.5 is refused; written to a record as a JSON number. */
final class IntegerKind extends NumberKind {
    IntegerKind() {
        super(Trait.SUMMABLE, Trait.WHOLE, Trait.COMPUTABLE, Trait.CHINESE_NUMERALS);
    }

    @Override
    public int defaultScale() {
        return 0;
    }

    @Override
    Reading places(FieldDef field, BigDecimal value, String decimals, String raw) {
        if (decimals.chars().anyMatch(c -> c != '0')) {
            return Reading.problem("integer", field.label(), Chars.shown(raw));
        }
        return Reading.ok(value.setScale(0));
    }

    @Override
    Reading expected(FieldDef field, String raw) {
        return Reading.problem("integer", field.label(), Chars.shown(raw), Chars.shown(raw));
    }

    @Override
    public boolean admits(FieldDef field, char c) {
        return super.admits(field, c) || Chars.chineseDigit(c);
    }

    @Override
    public String example() {
        return "2021";
    }

    @Override
    public Object recorded(Object value) {
        return value instanceof BigDecimal d ? d.setScale(0, RoundingMode.UNNECESSARY).toBigInteger() : super.recorded(value);
    }

    @Override
    public BigDecimal computed(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        s.put("type", "integer");
        if (f.min() != null) {
            s.put("minimum", f.min());
        }
        if (f.max() != null) {
            s.put("maximum", f.max());
        }
    }
}
