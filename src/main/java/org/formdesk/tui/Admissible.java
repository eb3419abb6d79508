package org.formdesk.tui;

import org.formdesk.form.FieldDef;

/**
 * Whether a typed character could ever be part of a valid value of the field. Only characters that
 * can never be valid are refused as typed; ranges, patterns and requirements wait until the field is left.
 */
final class Admissible {
    private Admissible() {
    }

    static boolean accepts(FieldDef field, char c) {
        if (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
            return false;
        }
        if (Character.isSpaceChar(c)) {
            return true;
        }
        char folded = fold(c);
        return switch (field.type()) {
            case INTEGER -> isDigit(folded) || ".,-+%".indexOf(folded) >= 0 || c == '。' || c == '−' || c == '－'
                    || chineseDigit(c) || (field.unit() != null && field.unit().indexOf(c) >= 0);
            case MONEY, DECIMAL, PERCENT, SCORE -> isDigit(folded) || ".,-+%".indexOf(folded) >= 0
                    || c == '。' || c == '−' || c == '－' || (field.unit() != null && field.unit().indexOf(c) >= 0);
            case DATE -> isDigit(folded) || "./-".indexOf(folded) >= 0 || "年月日号。".indexOf(c) >= 0 || chineseDigit(c);
            case PHONE -> isDigit(folded) || "-()+".indexOf(folded) >= 0 || c == '－' || c == '—';
            default -> true;
        };
    }

    /** 二〇二一, 十二: years and dates as written on paper (the engine reads them as digits). */
    private static boolean chineseDigit(char c) {
        return "〇零一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** A value the field would take, to show beside a refusal. */
    static String example(FieldDef field) {
        return switch (field.type()) {
            case INTEGER -> "2021";
            case MONEY -> "1431.98";
            case DECIMAL -> "12.5";
            case PERCENT -> "95%";
            case SCORE -> "13.5";
            case DATE -> "2022-02-08";
            case PHONE -> "0354-3368795";
            default -> "";
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Full-width ASCII (０-９，．－) folded to ASCII; the engine normalises the same way. */
    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
