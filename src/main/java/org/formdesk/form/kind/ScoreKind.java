package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.formdesk.form.FieldDef;

/** An indicator's score: up to 2 decimals, from zero to the indicator's maximum, a whole score written as a number. */
final class ScoreKind extends NumberKind {
    ScoreKind() {
        super(Trait.SCORE);
    }

    @Override
    public int defaultScale() {
        return 2;
    }

    @Override
    String numberExample() {
        return "13.5";
    }

    @Override
    public String example() {
        return "13.5";
    }

    @Override
    public Object recorded(Object value) {
        if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.setScale(0, RoundingMode.UNNECESSARY).toBigInteger(); // a whole score as a number
        }
        return super.recorded(value);
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        ArrayNode anyOf = s.putArray("anyOf");
        ObjectNode whole = anyOf.addObject().put("type", "integer");
        whole.put("minimum", f.min() == null ? BigDecimal.ZERO : f.min());
        if (f.max() != null) {
            whole.put("maximum", f.max());
        }
        if (f.step() != null) {
            whole.put("multipleOf", f.step());
        }
        decimal(anyOf.addObject(), f);
    }
}
