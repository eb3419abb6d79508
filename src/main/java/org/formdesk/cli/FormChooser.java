package org.formdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.formdesk.form.FormCatalog;

/**
 * Asks which form a new fill is for, in the terminal's own lines before the screen starts: the forms
 * numbered, Enter takes the first (the default form), a number or an id picks another.
 */
final class FormChooser {
    private FormChooser() {
    }

    static String choose(List<FormCatalog.Entry> forms, BufferedReader in, PrintWriter out, String language)
            throws IOException {
        boolean zh = !"en".equals(language);
        out.println(zh ? "填写哪一张表？" : "Which form?");
        for (int i = 0; i < forms.size(); i++) {
            FormCatalog.Entry e = forms.get(i);
            out.println("  " + (i + 1) + "  " + e.title() + "  (" + e.id() + ", " + e.version() + ")");
        }
        while (true) {
            out.print(zh ? "输入序号，回车选 1：" : "Number, or Enter for 1: ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return forms.get(0).id();
            }
            String answer = line.strip();
            if (answer.isEmpty()) {
                return forms.get(0).id();
            }
            for (FormCatalog.Entry e : forms) {
                if (e.id().equals(answer)) {
                    return e.id();
                }
            }
            try {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= forms.size()) {
                    return forms.get(n - 1).id();
                }
            } catch (NumberFormatException e) {
                // the hint below
            }
            out.println(zh ? "请输入 1 到 " + forms.size() + " 之间的序号" : "Type a number from 1 to " + forms.size());
        }
    }
}
