package org.formdesk.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;

/** A field's pattern matched with RE2J: time linear in the value, whatever the pattern (lint refuses what RE2J cannot read). */
final class FormPatterns {
    private FormPatterns() {
    }

    /** True when the whole value matches; a pattern RE2J cannot read matches nothing rather than throwing. */
    static boolean matches(Map<String, Pattern> cache, String pattern, String value) {
        Pattern p = cache.get(pattern);
        if (p == null) {
            try {
                p = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                return false;
            }
            cache.put(pattern, p);
        }
        return p.matches(value);
    }
}
