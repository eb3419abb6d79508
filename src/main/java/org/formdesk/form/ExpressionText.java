package org.formdesk.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the names an expression refers to, without evaluating it: a reference is an identifier,
 * optionally dotted ({@code budget_execution.score}, {@code items.amount}), that is not a function
 * call, a constant, or inside a string literal. Lint and the engine share this one reading.
 */
public final class ExpressionText {
    private static final Set<String> CONSTANTS = Set.of("true", "false", "null", "pi", "e", "dt_format_iso_date_time",
            "dt_format_local_date_time", "dt_format_local_date");

    /** A reference and where it stands in the text. */
    public record Ref(String name, int start, int end) {
    }

    private ExpressionText() {
    }

    public static List<Ref> refs(String expr) {
        List<Ref> out = new ArrayList<>();
        if (expr == null) {
            return out;
        }
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"') {
                i = skipString(expr, i);
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
                    i++;
                }
            } else if (isIdentStart(c)) {
                int start = i;
                i = identEnd(expr, i);
                while (i + 1 < n && expr.charAt(i) == '.' && isIdentStart(expr.charAt(i + 1))) {
                    i = identEnd(expr, i + 1);
                }
                String name = expr.substring(start, i);
                if (!isCall(expr, i) && !CONSTANTS.contains(name.toLowerCase(java.util.Locale.ROOT))
                        && !RowAggregates.isPlaceholder(name)) {
                    out.add(new Ref(name, start, i));
                }
            } else {
                i++;
            }
        }
        return out;
    }

    public static Set<String> names(String expr) {
        Set<String> names = new LinkedHashSet<>();
        for (Ref r : refs(expr)) {
            names.add(r.name());
        }
        return names;
    }

    /** The same text with each reference replaced; names the function leaves as they are stay unchanged. */
    public static String rewrite(String expr, Function<String, String> rename) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Ref r : refs(expr)) {
            sb.append(expr, last, r.start());
            String replacement = rename.apply(r.name());
            sb.append(replacement == null ? r.name() : replacement);
            last = r.end();
        }
        return sb.append(expr.substring(last)).toString();
    }

    public static String rewrite(String expr, Map<String, String> renames) {
        return rewrite(expr, renames::get);
    }

    /** True when the name is used as an argument of one of the given functions only. */
    public static boolean onlyInside(String expr, String name, Set<String> functions) {
        for (Ref r : refs(expr)) {
            if (r.name().equals(name) && !insideCallOf(expr, r.start(), functions)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every use of the name is a whole argument of one of the given functions
     * ({@code SUM(items.amount)}, not {@code SUM(items.amount * 2)}).
     */
    public static boolean onlyWholeArgumentOf(String expr, String name, Set<String> functions) {
        for (Ref r : refs(expr)) {
            if (!r.name().equals(name)) {
                continue;
            }
            int before = r.start() - 1;
            while (before >= 0 && expr.charAt(before) == ' ') {
                before--;
            }
            int after = r.end();
            while (after < expr.length() && expr.charAt(after) == ' ') {
                after++;
            }
            boolean whole = before >= 0 && (expr.charAt(before) == '(' || expr.charAt(before) == ',')
                    && after < expr.length() && (expr.charAt(after) == ')' || expr.charAt(after) == ',');
            if (!whole || !insideCallOf(expr, r.start(), functions)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text has a [ outside its string literals. */
    public static boolean hasBracket(String expr) {
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '"') {
                i = skipString(expr, i) - 1;
            } else if (c == '[') {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCallOf(String expr, int pos, Set<String> functions) {
        int depth = 0;
        for (int i = pos - 1; i >= 0; i--) {
            char c = expr.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    int end = i;
                    while (end > 0 && expr.charAt(end - 1) == ' ') {
                        end--;
                    }
                    int start = end;
                    while (start > 0 && (Character.isLetterOrDigit(expr.charAt(start - 1)) || expr.charAt(start - 1) == '_')) {
                        start--;
                    }
                    String fn = expr.substring(start, end).toUpperCase(java.util.Locale.ROOT);
                    if (functions.contains(fn)) {
                        return true;
                    }
                } else {
                    depth--;
                }
            }
        }
        return false;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static int identEnd(String s, int i) {
        while (i < s.length() && (isIdentStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isCall(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '(';
    }

    /** The index just past the string literal that opens at i: its closing quote skipped, \" escapes inside. */
    public static int skipString(String s, int i) {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
            if (s.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return i + 1;
    }
}
