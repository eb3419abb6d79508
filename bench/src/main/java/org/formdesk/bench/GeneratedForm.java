package org.formdesk.bench;

/**
 * A large synthetic form: {@code fields} money fields in sections of 100, every fourth computed from
 * the three before it, and {@code checks} comparisons between a sum and one of its parts.
 */
public final class GeneratedForm {
    private GeneratedForm() {
    }

    /** Prints the form: {@code GeneratedForm [FIELDS [CHECKS]]} (default 2,000 and 1,000). Runs as a source file too. */
    public static void main(String[] args) {
        int fields = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.print(yaml(fields, checks));
    }

    public static String yaml(int fields, int checks) {
        StringBuilder sb = new StringBuilder("id: generated\nversion: \"1\"\ntitle: Generated\nlanguage: en\nsections:\n");
        int perSection = 100;
        for (int s = 0; s * perSection < fields; s++) {
            sb.append("  - id: s").append(s).append("\n    title: Section ").append(s).append("\n    fields:\n");
            for (int f = 0; f < perSection && s * perSection + f < fields; f++) {
                int n = s * perSection + f;
                sb.append("      - {id: f").append(n).append(", label: Field ").append(n).append(", type: money");
                if (n % 4 == 3) {
                    sb.append(", compute: f").append(n - 3).append(" + f").append(n - 2).append(" + f").append(n - 1);
                } else {
                    sb.append(", negative: true");
                }
                sb.append("}\n");
            }
        }
        sb.append("checks:\n");
        for (int c = 0; c < checks; c++) {
            int part = (c * 2) % fields;
            int group = part / 4 * 4;
            if (group + 3 >= fields) {
                group = 0;
            }
            sb.append("  - {id: c").append(c).append(", severity: warning, left: f").append(group + 3)
                    .append(", op: \">=\", right: f").append(group).append(", message: \"sum {left} below part {right}\"}\n");
        }
        return sb.toString();
    }

    /** The ids a typing session edits: the entered (not computed) fields. */
    public static String enteredField(int i, int fields) {
        int n = (i * 7) % fields;
        return "f" + (n % 4 == 3 ? n - 1 : n);
    }
}
