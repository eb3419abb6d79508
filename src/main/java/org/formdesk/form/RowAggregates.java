package org.formdesk.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The aggregates over some of a table's rows: {@code SUMIF(table, condition, value)} adds {@code value} over
 * the rows where {@code condition} holds, {@code COUNTIF(table, condition)} counts them. The condition and
 * the value are row expressions: a bare column id is that row's cell. An expression holding such calls is
 * read in two parts: the outer text with each call replaced by a placeholder variable, and the calls.
 */
public final class RowAggregates {
    /** Placeholders are upper case, which no field id can be. */
    public static final String PLACEHOLDER = "ROWAGG";

    /** One call: its function, the table it runs over, and its row expressions (value null for COUNTIF). */
    public record Call(String function, String table, String condition, String value) {
    }

    /** The expression with each call replaced by {@code ROWAGG<n>}, and the calls in that order. */
    public record Split(String outer, List<Call> calls, List<String> problems) {
    }

    private RowAggregates() {
    }

    public static boolean isPlaceholder(String name) {
        return name.startsWith(PLACEHOLDER) && name.length() > PLACEHOLDER.length()
                && name.substring(PLACEHOLDER.length()).chars().allMatch(Character::isDigit);
    }

    public static Split split(String expr) {
        List<Call> calls = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (expr == null) {
            return new Split(null, calls, problems);
        }
        StringBuilder outer = new StringBuilder();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"') {
                int end = ExpressionText.skipString(expr, i);
                outer.append(expr, i, Math.min(end, n));
                i = end;
                continue;
            }
            if (Character.isLetter(c) && (i == 0 || !isIdent(expr.charAt(i - 1)))) {
                int j = i;
                while (j < n && isIdent(expr.charAt(j))) {
                    j++;
                }
                String name = expr.substring(i, j).toUpperCase(Locale.ROOT);
                int k = j;
                while (k < n && expr.charAt(k) == ' ') {
                    k++;
                }
                if ((name.equals("SUMIF") || name.equals("COUNTIF")) && k < n && expr.charAt(k) == '(') {
                    int close = closing(expr, k);
                    if (close < 0) {
                        problems.add(name + "( has no closing parenthesis");
                        outer.append(expr.substring(i));
                        break;
                    }
                    List<String> args = arguments(expr.substring(k + 1, close));
                    int want = name.equals("SUMIF") ? 3 : 2;
                    if (args.size() != want) {
                        problems.add(name + " takes " + want + " arguments: "
                                + (want == 3 ? "SUMIF(table, condition, value)" : "COUNTIF(table, condition)")
                                + "; got " + args.size());
                        outer.append('0');
                    } else {
                        calls.add(new Call(name, args.get(0), args.get(1), want == 3 ? args.get(2) : null));
                        outer.append(PLACEHOLDER).append(calls.size() - 1);
                    }
                    i = close + 1;
                    continue;
                }
                outer.append(expr, i, j);
                i = j;
                continue;
            }
            outer.append(c);
            i++;
        }
        return new Split(outer.toString(), calls, problems);
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = ExpressionText.skipString(s, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at the commas outside parentheses and strings; each argument trimmed. */
    private static List<String> arguments(String inside) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int last = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '"') {
                i = ExpressionText.skipString(inside, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inside.substring(last, i).trim());
                last = i + 1;
            }
        }
        if (!inside.isBlank() || !out.isEmpty()) {
            out.add(inside.substring(last).trim());
        }
        return out;
    }

}
