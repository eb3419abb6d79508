package org.formdesk.engine;

import java.util.Map;

/**
 * Phrases in Chinese and English keyed by a short name, with {0}, {1}… replaced by the arguments as
 * written (never formatted as numbers, so 42072.34 stays 42072.34). The engine's messages, the
 * screen's words and the exports' headings each keep their own book of these.
 */
public final class Phrasebook {
    private final Map<String, String[]> phrases;

    private Phrasebook(Map<String, String[]> phrases) {
        this.phrases = phrases;
    }

    @SafeVarargs
    public static Phrasebook of(Map.Entry<String, String[]>... entries) {
        return new Phrasebook(Map.ofEntries(entries));
    }

    /** One phrase: its name, its Chinese and its English. */
    public static Map.Entry<String, String[]> e(String key, String zh, String en) {
        return Map.entry(key, new String[] {zh, en});
    }

    /** Language index: 0 for Chinese (the default), 1 for English. */
    public static int index(String language) {
        return "en".equalsIgnoreCase(language) ? 1 : 0;
    }

    public String t(int language, String key, Object... args) {
        String[] pair = phrases.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no phrase named " + key);
        }
        return fill(pair[language], args);
    }

    /**
     * Replaces each {n} by argument n, in one pass, so that an argument holding "{1}" is never itself
     * replaced; a {n} without its argument stays. By hand rather than with a regular expression: the
     * screen asks for a dozen phrases per typed key.
     */
    static String fill(String text, Object... args) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = open + 1;
            while (close < text.length() && text.charAt(close) >= '0' && text.charAt(close) <= '9') {
                close++;
            }
            if (close > open + 1 && close < text.length() && text.charAt(close) == '}') {
                int i = parseIndex(text, open + 1, close);
                if (i >= 0 && i < args.length) {
                    sb.append(text, from, open).append(args[i]);
                    from = close + 1;
                }
                open = text.indexOf('{', close + 1);
            } else {
                open = text.indexOf('{', open + 1);
            }
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** The digits as a number; -1 when there are too many to be an argument's index. */
    private static int parseIndex(String text, int from, int to) {
        return to - from > 6 ? -1 : Integer.parseInt(text, from, to, 10);
    }
}
