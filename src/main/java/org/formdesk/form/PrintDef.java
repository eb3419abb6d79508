package org.formdesk.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional {@code print:} block: the words of the printed form that are not fields. Every text may
 * name fields as {@code {field_id}}, replaced by the value as a person reads it. All parts optional:
 * without the block the printed form has the form's title and no signature block.
 *
 * @param corner    a short line above the title, at the left (附1)
 * @param title     the title line (default: the form's title)
 * @param subtitle  a line under the title, centred (（{fiscal_year}年度）)
 * @param header    one line under the title: the first part at the left margin, the others at the right
 * @param notes     small print after the form (备注…)
 * @param signature the signature and stamp block at the foot, right-aligned, one line each; blank lines kept
 */
public record PrintDef(String corner, String title, String subtitle, List<String> header, List<String> notes,
                       List<String> signature) {
    public PrintDef {
        header = header == null ? List.of() : List.copyOf(header);
        notes = notes == null ? List.of() : List.copyOf(notes);
        signature = signature == null ? List.of() : List.copyOf(signature);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    /** Every text of the block with its place in the form file, for lint. */
    public List<String[]> texts() {
        List<String[]> out = new ArrayList<>();
        add(out, "/print/corner", corner);
        add(out, "/print/title", title);
        add(out, "/print/subtitle", subtitle);
        for (int i = 0; i < header.size(); i++) {
            add(out, "/print/header/" + i, header.get(i));
        }
        for (int i = 0; i < notes.size(); i++) {
            add(out, "/print/notes/" + i, notes.get(i));
        }
        for (int i = 0; i < signature.size(); i++) {
            add(out, "/print/signature/" + i, signature.get(i));
        }
        return out;
    }

    private static void add(List<String[]> out, String pointer, String text) {
        if (text != null) {
            out.add(new String[] {pointer, text});
        }
    }

    /** The field ids a text names as {@code {id}}. */
    public static List<String> fieldsNamed(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The text with each {@code {id}} replaced by what {@code value} gives for it (null: left blank). */
    public static String fill(String text, Function<String, String> value) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
