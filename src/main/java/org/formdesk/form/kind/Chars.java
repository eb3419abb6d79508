package org.formdesk.form.kind;

/** Characters as people type them, for the kinds' admit and read steps. */
final class Chars {
    private Chars() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Full-width ASCII (０-９，．－) folded to ASCII; the engine normalises the same way. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }

    /** 二〇二一, 十二: years and dates as written on paper (the engine reads them as digits). */
    static boolean chineseDigit(char c) {
        return "〇零一二三四五六七八九十".indexOf(c) >= 0;
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
