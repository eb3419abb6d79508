package org.formdesk.engine;

/**
 * Chinese numerals as officers type them in years and dates: 二〇二一 (digit by digit) and 十二, 二十八
 * (with 十, up to 99). Everything else is left as it is.
 */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String toDigits(String s) {
        if (!hasNumeral(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && isNumeral(s.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(s.charAt(i++));
                continue;
            }
            out.append(run(s.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private static String run(String run) {
        int ten = run.indexOf('十');
        if (ten < 0) {
            StringBuilder sb = new StringBuilder(run.length());
            for (int k = 0; k < run.length(); k++) {
                sb.append((char) ('0' + digit(run.charAt(k))));
            }
            return sb.toString();
        }
        String before = run.substring(0, ten);
        String after = run.substring(ten + 1);
        if (before.length() > 1 || after.length() > 1 || after.indexOf('十') >= 0) {
            return run; // not a number below 100: leave it for the parser to refuse with an example
        }
        int tens = before.isEmpty() ? 1 : digit(before.charAt(0));
        int units = after.isEmpty() ? 0 : digit(after.charAt(0));
        return Integer.toString(tens * 10 + units);
    }

    private static boolean hasNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isNumeral(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '零' || c == '十';
    }

    private static int digit(char c) {
        return c == '零' ? 0 : DIGITS.indexOf(c);
    }
}
