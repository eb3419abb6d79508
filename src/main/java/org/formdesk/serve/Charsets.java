package org.formdesk.serve;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The client terminal's charset: UTF-8 unless the locale it sent (LC_ALL, LC_CTYPE, LANG) names a GB one. */
final class Charsets {
    static final Charset GBK = Charset.forName("GBK");

    private Charsets() {
    }

    static Charset fromLocale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) { // the first one set decides, as in POSIX
                String codeset = v.toUpperCase(Locale.ROOT);
                return codeset.contains("GBK") || codeset.contains("GB2312") || codeset.contains("GB18030")
                        || codeset.endsWith(".EUC-CN") || codeset.endsWith(".EUCCN") ? GBK : StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static Charset other(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) ? GBK : StandardCharsets.UTF_8;
    }
}
