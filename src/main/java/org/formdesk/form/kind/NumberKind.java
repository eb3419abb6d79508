package org.formdesk.form.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.form.Decimals;
import org.formdesk.form.FieldDef;

/**
 * An exact number, typed with or without its unit, grouped (1,431.98) or not, full-width or not, kept as a
 * BigDecimal with the digits typed. The kinds of number differ in the places they take and how they show.
 */
abstract class NumberKind extends Kind {
    /** Digits with an optional point: "12", "12.5", ".5" and "12." are all numbers people type. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?=\\.?\\d)(\\d*)(?:\\.(\\d*))?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    NumberKind(Trait... more) {
        super(traits(more, Trait.NUMERIC, Trait.FIGURE));
    }

    @Override
    public Reading read(FieldDef field, Input in) {
        String body = stripUnit(in.text(), in.unit());
        if (body == null) {
            // A field without a unit takes a bare number: say that, not "the unit is null".
            return field.unit() == null || field.unit().isBlank() ? expected(field, in.raw())
                    : Reading.problem("unit", field.label(), field.unit(), Chars.shown(in.raw()));
        }
        if (body.indexOf(',') >= 0) {
            if (!GROUPED_NUMBER.matcher(body).matches()) {
                return PLAIN_NUMBER.matcher(body.replace(",", "")).matches()
                        ? Reading.problem("grouping", field.label(), Chars.shown(in.raw()))
                        : expected(field, in.raw());
            }
            body = body.replace(",", "");
        }
        Matcher m = PLAIN_NUMBER.matcher(body);
        if (!m.matches()) {
            return expected(field, in.raw());
        }
        String digits = body.startsWith("+") ? body.substring(1) : body;
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.signum() == 0) {
            value = value.abs(); // "-0" is 0
        }
        String decimals = m.group(2);
        Reading placed = places(field, value, decimals == null || decimals.isEmpty() ? "" : decimals, in.raw());
        if (!placed.ok()) {
            return placed;
        }
        value = (BigDecimal) placed.value();
        if (value.signum() < 0 && !field.allowsNegative() && (field.min() == null || field.min().signum() >= 0)) {
            return Reading.problem("negative", field.label(), value.toPlainString());
        }
        return Reading.ok(held(value));
    }

    /** The number with its decimals checked against the field's scale. */
    Reading places(FieldDef field, BigDecimal value, String decimals, String raw) {
        if (decimals.length() > field.scaleOrDefault()) {
            return Reading.problem("scale", field.label(), field.scaleOrDefault(), Chars.shown(raw));
        }
        return Reading.ok(value);
    }

    /** The number as held, from the number as typed. */
    BigDecimal held(BigDecimal typed) {
        return typed;
    }

    /** What to say when the text is no number. */
    Reading expected(FieldDef field, String raw) {
        return Reading.problem("number", field.label(), numberExample(), Chars.shown(raw));
    }

    /** A number of this kind, in the message that says one is expected. */
    String numberExample() {
        return "1431.98";
    }

    /** The number without its unit; null when a different unit was typed. */
    private String stripUnit(String s, String unit) {
        if (unit != null && !unit.isEmpty() && s.endsWith(unit)) {
            return s.substring(0, s.length() - unit.length());
        }
        if (s.endsWith("%") && takesPercentSign(unit)) {
            return s.substring(0, s.length() - 1);
        }
        int end = s.length();
        while (end > 0 && !Character.isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
            end--;
        }
        if (end < s.length() && end > 0 && isUnitLike(s.substring(end))) {
            return null;
        }
        return s;
    }

    /** Whether a trailing % is this field's sign, not a wrong unit. */
    boolean takesPercentSign(String unit) {
        return "%".equals(unit);
    }

    private static boolean isUnitLike(String tail) {
        return tail.codePoints().allMatch(cp -> Character.isLetter(cp) || cp == '%');
    }

    @Override
    public boolean admits(FieldDef field, char c) {
        char folded = Chars.fold(c);
        return Chars.digit(folded) || ".,-+%".indexOf(folded) >= 0 || c == '。' || c == '−' || c == '－'
                || (field.unit() != null && field.unit().indexOf(c) >= 0);
    }

    @Override
    public void schema(FieldDef f, ObjectNode s, Properties properties) {
        decimal(s, f);
    }

    /** A decimal as a string: at most {@code scale} places, a minus sign only where the field allows one. */
    static ObjectNode decimal(ObjectNode s, FieldDef f) {
        boolean negative = f.allowsNegative() || (f.min() != null && f.min().signum() < 0);
        int scale = f.scaleOrDefault();
        String places = scale == 0 ? "" : "(\\.[0-9]{1," + scale + "})?";
        String steps = f.step() == null ? null : stepPlaces(f.step(), scale);
        return s.put("type", "string").put("pattern", "^" + (negative ? "-?" : "") + "(0|[1-9][0-9]*)"
                + (steps == null ? places : steps) + "$");
    }

    /**
     * The decimal places a step allows, as a pattern: step 0.5 at scale 2 gives {@code (\.(0|00|5|50))?}.
     * Null when the step does not divide 1 into a few parts; validate still checks it then.
     */
    private static String stepPlaces(BigDecimal step, int scale) {
        if (step.signum() <= 0 || step.compareTo(BigDecimal.ONE) > 0 || step.stripTrailingZeros().scale() > scale) {
            return null;
        }
        BigDecimal[] parts = BigDecimal.ONE.divideAndRemainder(step);
        if (parts[1].signum() != 0 || parts[0].intValue() > 100) {
            return null;
        }
        List<String> fractions = new ArrayList<>();
        for (BigDecimal f = BigDecimal.ZERO; f.compareTo(BigDecimal.ONE) < 0; f = f.add(step)) {
            String digits = Decimals.plain(f);
            digits = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "0";
            for (String d = digits; d.length() <= scale; d = d + "0") {
                fractions.add(d);
            }
        }
        return "(\\.(" + String.join("|", fractions) + "))?";
    }
}
