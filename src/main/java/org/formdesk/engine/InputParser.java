package org.formdesk.engine;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.formdesk.form.ChoiceOption;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;

/**
 * Reads one raw input for one field: normalises it, then either returns the typed value or a message
 * that names the field and says what is expected. Never throws on any string.
 */
public final class InputParser {
    /** Digits with an optional point: "12", "12.5", ".5" and "12." are all numbers people type. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?=\\.?\\d)(\\d*)(?:\\.(\\d*))?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-./]|年)(\\d{1,2})(?:[-./]|月)(\\d{1,2})[日号]?");
    /** The phone numbers a phone field accepts, after normalising; the record schema states them too. */
    public static final Pattern LANDLINE = Pattern.compile("(?:\\(0\\d{2,3}\\)|0\\d{2,3}-?)\\d{7,8}(?:-\\d{1,6})?");
    public static final Pattern MOBILE = Pattern.compile("(?:\\+?86-?)?1[3-9]\\d{9}");

    private final Texts texts;

    public InputParser(Texts texts) {
        this.texts = texts;
    }

    public Parsed parse(FieldDef field, String raw) {
        if (raw == null) {
            return Parsed.EMPTY;
        }
        boolean multiLine = field.type() == FieldType.LONGTEXT;
        Normalizer.Problem unsafe = Normalizer.unsafe(raw, multiLine);
        if (unsafe != null) {
            return Parsed.error(texts.t(unsafe == Normalizer.Problem.CONTROL ? "control" : "surrogate", field.label()));
        }
        if (!field.type().isNumeric() && field.type() != FieldType.DATE && field.type() != FieldType.PHONE
                && field.type() != FieldType.BOOLEAN) {
            String text = Normalizer.text(raw);
            if (text.isEmpty()) {
                return Parsed.EMPTY;
            }
            return field.type() == FieldType.CHOICE ? choice(field, text) : Parsed.ok(text);
        }
        String s = Normalizer.figure(raw);
        if (field.type() == FieldType.INTEGER || field.type() == FieldType.DATE) {
            s = ChineseNumerals.toDigits(s); // 二〇二一, 二〇二二年二月八日: years and dates as written on paper
        }
        if (s.isEmpty()) {
            return Parsed.EMPTY;
        }
        return switch (field.type()) {
            case DATE -> date(field, s, raw);
            case PHONE -> phone(field, s, raw);
            case BOOLEAN -> bool(field, s, raw);
            default -> number(field, s, raw);
        };
    }

    private Parsed number(FieldDef field, String s, String raw) {
        String body = stripUnit(field, s);
        if (body == null) {
            // A field without a unit takes a bare number: say that, not "the unit is null".
            return Parsed.error(field.unit() == null || field.unit().isBlank() ? numberExpected(field, raw)
                    : texts.t("unit", field.label(), field.unit(), shown(raw)));
        }
        if (body.indexOf(',') >= 0) {
            if (!GROUPED_NUMBER.matcher(body).matches()) {
                return Parsed.error(PLAIN_NUMBER.matcher(body.replace(",", "")).matches()
                        ? texts.t("grouping", field.label(), shown(raw))
                        : numberExpected(field, raw));
            }
            body = body.replace(",", "");
        }
        Matcher m = PLAIN_NUMBER.matcher(body);
        if (!m.matches()) {
            return Parsed.error(numberExpected(field, raw));
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
        int scale = decimals == null ? 0 : decimals.length();
        if (decimals != null && decimals.isEmpty()) {
            decimals = null;
        }
        if (field.type() == FieldType.INTEGER) {
            if (scale > 0 && decimals.chars().anyMatch(c -> c != '0')) {
                return Parsed.error(texts.t("integer", field.label(), shown(raw)));
            }
            value = value.setScale(0);
        } else if (scale > field.scaleOrDefault()) {
            return Parsed.error(texts.t("scale", field.label(), field.scaleOrDefault(), shown(raw)));
        }
        if (value.signum() < 0 && !field.allowsNegative() && (field.min() == null || field.min().signum() >= 0)) {
            return Parsed.error(texts.t("negative", field.label(), value.toPlainString()));
        }
        if (field.type() == FieldType.PERCENT) {
            value = value.movePointLeft(2); // typed as a percentage (98 or 98%), kept as the ratio 0.98
        }
        return Parsed.ok(value);
    }

    private String numberExpected(FieldDef field, String raw) {
        String example = switch (field.type()) {
            case INTEGER -> "22";
            case SCORE -> "13.5";
            default -> "1431.98";
        };
        return texts.t(field.type() == FieldType.INTEGER ? "integer" : "number", field.label(),
                field.type() == FieldType.INTEGER ? shown(raw) : example, shown(raw));
    }

    /** The number without its unit; null when a different unit was typed. */
    private static String stripUnit(FieldDef field, String s) {
        String unit = field.unit() == null ? null : Normalizer.figure(field.unit());
        if (unit != null && !unit.isEmpty() && s.endsWith(unit)) {
            return s.substring(0, s.length() - unit.length());
        }
        if (s.endsWith("%") && ("%".equals(unit) || field.type() == FieldType.PERCENT)) {
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

    private static boolean isUnitLike(String tail) {
        return tail.codePoints().allMatch(cp -> Character.isLetter(cp) || cp == '%');
    }

    private Parsed date(FieldDef field, String s, String raw) {
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            try {
                return Parsed.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // 2022-02-30: a date-shaped input that is no date; the message below says what is wanted.
            }
        }
        return Parsed.error(texts.t("date", field.label(), shown(raw)));
    }

    private Parsed phone(FieldDef field, String s, String raw) {
        if (LANDLINE.matcher(s).matches() || MOBILE.matcher(s).matches()) {
            return Parsed.ok(s);
        }
        return Parsed.error(texts.t("phone", field.label(), shown(raw)));
    }

    private Parsed bool(FieldDef field, String s, String raw) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "对" -> Parsed.ok(Boolean.TRUE);
            case "false", "no", "n", "0", "否", "不" -> Parsed.ok(Boolean.FALSE);
            default -> Parsed.error(texts.t("boolean", field.label(), shown(raw)));
        };
    }

    private Parsed choice(FieldDef field, String text) {
        for (ChoiceOption option : field.options()) {
            if (option.value().equals(text) || text.equals(option.label())) {
                return Parsed.ok(option.value());
            }
        }
        return Parsed.error(texts.t("choice", field.label(),
                field.options().stream().map(ChoiceOption::value).collect(Collectors.joining("、")), shown(text)));
    }

    /** A raw input as quoted back in a message: one line, not too long. */
    static String shown(String raw) {
        String oneLine = raw.strip().replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= 40) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, 40)) + "…";
    }
}
