package org.formdesk.record.export;

import java.util.List;
import java.util.regex.Pattern;
import org.formdesk.engine.Visible;

/**
 * Markdown text from record values. Every character Markdown or HTML would act on is escaped, so a
 * value shows as written and cannot add links, markup or structure to the report.
 */
final class Md {
    private static final String SPECIAL = "\\`*_[]<>|#~&!";
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private Md() {
    }

    /** Text inside a line or a table cell: line breaks become {@code <br>}. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append("<br>");
            }
            sb.append(escape(lines[i]));
        }
        return sb.toString();
    }

    /** Longer text as paragraphs, one per line of the value. */
    static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            String escaped = escape(s);
            // A line that would open a list, a quote or a heading stays plain text.
            if (escaped.startsWith("-") || escaped.startsWith("+")) {
                escaped = "\\" + escaped;
            }
            sb.append(ORDERED.matcher(escaped).replaceFirst("$1\\\\$2"));
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            if (Visible.escaped(c)) {
                // Shown as its escape (\e…), its backslash doubled so that Markdown shows it too.
                sb.append(Visible.of(String.valueOf(c)).replace("\\", "\\\\"));
            } else {
                sb.append(c == '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
