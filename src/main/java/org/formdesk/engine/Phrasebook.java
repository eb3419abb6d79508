package org.formdesk.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases in Chinese and English keyed by a short name, with {0}, {1}… replaced by the arguments as
 * written (never formatted as numbers, so 42072.34 stays 42072.34). The engine's messages, the
 * screen's words and the exports' headings each keep their own book of these.
 */
public final class Phrasebook {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

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
        // One pass, so that an argument holding "{1}" is never itself replaced.
        Matcher m = ARG.matcher(pair[language]);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(sb).toString();
    }
}
