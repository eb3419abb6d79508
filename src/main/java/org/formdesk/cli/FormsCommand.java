package org.formdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.formdesk.form.FormCatalog;
import com.googlecode.lanterna.TerminalTextUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "forms", mixinStandardHelpOptions = true,
        description = {"List the forms that can be filled: the bundled forms (the default first), then those in the",
                "forms folder (./forms, or $FORMDESK_FORMS). Give one to fill, validate, score or export with --form ID."})
final class FormsCommand implements Callable<Integer> {
    @Mixin
    Printed print;

    @Override
    public Integer call() {
        FormCatalog catalog = FormCatalog.fromEnvironment();
        List<FormCatalog.Entry> all = catalog.all();
        PrintWriter out = print.out();
        if (print.asJson) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (FormCatalog.Entry e : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("version", e.version());
                m.put("title", e.title());
                m.put("file", e.bundled() ? null : e.file().toString());
                list.add(m);
            }
            print.json(list);
            return ExitCodes.OK;
        }
        int idWidth = 2;
        int versionWidth = 7;
        for (FormCatalog.Entry e : all) {
            idWidth = Math.max(idWidth, e.id().length());
            versionWidth = Math.max(versionWidth, TerminalTextUtils.getColumnWidth(e.version()));
        }
        out.println(pad("id", idWidth) + "  " + pad("version", versionWidth) + "  title");
        for (int i = 0; i < all.size(); i++) {
            FormCatalog.Entry e = all.get(i);
            String where = e.bundled() ? (i == 0 ? "  (default)" : "") : "  (" + e.file() + ")";
            out.println(pad(e.id(), idWidth) + "  " + pad(safe(e.version()), versionWidth) + "  "
                    + safe(e.title()) + where);
        }
        return ExitCodes.OK;
    }

    /** A form file's words on a terminal: no control characters (an escape sequence would act, not show). */
    private static String safe(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return sb.toString();
    }

    private static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - TerminalTextUtils.getColumnWidth(text)));
    }
}
