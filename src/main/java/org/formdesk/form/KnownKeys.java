package org.formdesk.form;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Suggests the key a person probably meant when they wrote an unknown one. */
final class KnownKeys {
    private KnownKeys() {
    }

    static String suggestion(Object beanOrClass, String unknown) {
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        if (!type.isRecord()) {
            return "";
        }
        List<String> keys = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            keys.add(yamlName(rc.getName()));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : keys) {
            int d = distance(k.toLowerCase(java.util.Locale.ROOT), unknown.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, unknown.length() / 3)) {
            return "; did you mean '" + best + "'?";
        }
        return "; expected one of " + String.join(", ", keys);
    }

    /** The key a record component is written as in YAML. */
    static String yamlName(String component) {
        return switch (component) {
            case "defaultValue" -> "default";
            case "condition" -> "assert";
            default -> component;
        };
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
