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
import org.formdesk.record.LocalTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "drafts", mixinStandardHelpOptions = true,
        description = "List your drafts: form, unit, year, progress, last saved; newest first.")
final class DraftsCommand implements Callable<Integer> {
    @Mixin
    Printed print;

    @Option(names = "--dir", paramLabel = "DIR", description = "The drafts folder (default: $XDG_DATA_HOME/formdesk/drafts).")
    Path dir;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : DraftStore.forUser().dir();
        List<DraftSummary> drafts;
        try {
            drafts = DraftIndex.list(folder, engines());
        } catch (IOException e) {
            throw new UserError("cannot list " + folder + ": " + e.getMessage());
        }
        PrintWriter out = print.out();
        if (print.asJson) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DraftSummary d : drafts) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", d.file().toString());
                row.put("form", d.form());
                row.put("unit", d.unit());
                row.put("year", d.year());
                row.put("progress", d.progress());
                row.put("lastSaved", d.lastSaved());
                row.put("status", d.status().yamlName());
                if (d.record() != null) {
                    row.put("record", d.record().toString());
                }
                if (d.problem() != null) {
                    row.put("problem", d.problem());
                }
                rows.add(row);
            }
            print.json(rows);
            return ExitCodes.OK;
        }
        // For people: the form's title, not its id, and the time here, to the minute; --json keeps both exact.
        Function<String, Engine> engines = engines();
        Engine first = drafts.stream().map(d -> d.form() == null ? null : engines.apply(d.form()))
                .filter(e -> e != null).findFirst().orElse(null);
        CliWords words = CliWords.of(first == null ? "zh" : first.texts().language());
        if (drafts.isEmpty()) {
            out.println(words.t("noDrafts", folder));
        }
        for (DraftSummary d : drafts) {
            Engine engine = d.form() == null ? null : engines.apply(d.form());
            String form = engine == null ? dash(d.form()) : engine.form().title();
            out.println(d.problem() != null ? words.t("draftBad", d.file(), d.problem())
                    : words.t("draftLine", d.file(), form, dash(d.unit()), dash(d.year()), d.progress(),
                    dash(LocalTimes.show(d.lastSaved())))
                    + (d.isFinal() ? "  " + words.t("final", d.record() == null ? "—" : d.record()) : ""));
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
