package org.formdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "drafts", mixinStandardHelpOptions = true,
        description = "List your drafts: form, unit, year, progress and when each was last saved, newest first.")
final class DraftsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR", description = "The drafts folder (default: $XDG_DATA_HOME/formdesk/drafts).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : DraftStore.forUser().dir();
        List<DraftSummary> drafts;
        try {
            drafts = DraftIndex.list(folder, engines());
        } catch (IOException e) {
            throw new UserError("cannot list " + folder + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DraftSummary d : drafts) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", d.file().toString());
                row.put("form", d.form());
                row.put("unit", d.unit());
                row.put("year", d.year());
                row.put("progress", d.progress());
                row.put("lastSaved", d.lastSaved());
                if (d.problem() != null) {
                    row.put("problem", d.problem());
                }
                rows.add(row);
            }
            out.print(Output.json(rows));
            return ExitCodes.OK;
        }
        if (drafts.isEmpty()) {
            out.println("no drafts in " + folder);
        }
        for (DraftSummary d : drafts) {
            out.println(d.problem() != null ? d.file() + "  (" + d.problem() + ")"
                    : d.file() + "  " + d.form() + "  " + dash(d.unit()) + "  " + dash(d.year()) + "  "
                    + d.progress() + "%  " + dash(d.lastSaved()));
        }
        return ExitCodes.OK;
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    /** Engines by form id, each compiled once; null for a form not bundled or in ./forms. */
    static Function<String, Engine> engines() {
        Map<String, Engine> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, k -> {
            try {
                return Loaded.engine((String) null, k);
            } catch (UserError e) {
                return null;
            }
        });
    }
}
