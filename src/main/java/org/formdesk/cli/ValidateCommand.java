package org.formdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.formdesk.engine.FormState;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.form.Problem;
import org.formdesk.form.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check a record: field rules and cross-checks.",
        description = "Exit 0 without errors, 1 with errors, 2 if unreadable.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RecordInput input;

    @Mixin
    Printed print;

    @Option(names = "--strict", description = "Also fail on warnings that have no explanation in the record.")
    boolean strict;

    @Override
    public Integer call() {
        Loaded loaded = input.load();
        FormState state = loaded.state();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Problem p : loaded.read().issues()) {
            errors.add(Output.entry("record", List.of(), p.toString(), null));
        }
        Verdict verdict = Verdict.of(state, loaded.read().record().explanations());
        for (Violation v : verdict.errors()) {
            errors.add(entry(loaded, v, null));
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Violation v : verdict.warnings()) {
            warnings.add(entry(loaded, v, verdict.explanation(v.id())));
        }
        for (Problem p : loaded.read().notes()) {
            warnings.add(Output.entry("record", List.of(), p.toString(), null));
        }
        List<Map<String, Object>> pending = new ArrayList<>();
        for (Violation v : verdict.pending()) {
            pending.add(entry(loaded, v, null));
        }
        if (print.asJson) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("form", state.form().id());
            out.put("errors", errors);
            out.put("warnings", warnings);
            out.put("pending", pending);
            print.json(out);
        } else {
            // For people: the messages name fields by label; the ids are in --json.
            var out = print.out();
            CliWords words = CliWords.of(state.engine().texts().language());
            for (Map<String, Object> e : errors) {
                out.println(words.t("error", Output.said(e, words)));
            }
            for (Map<String, Object> w : warnings) {
                out.println(words.t("warning", Output.said(w, words)));
            }
            for (int i = 0; i < pending.size(); i++) {
                String about = checked(state.form(), verdict.pending().get(i), words);
                out.println(about.isEmpty() ? words.t("pending", Output.said(pending.get(i), words))
                        : words.t("pendingCheck", about, Output.said(pending.get(i), words)));
            }
            out.println(words.t("tally", input.record, errors.size(), warnings.size(), pending.size()));
        }
        if (!errors.isEmpty() || (strict && !verdict.unexplained().isEmpty())) {
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    /** The labels of the fields a waiting check compares ("" for a field, or a check that names none). */
    private static String checked(org.formdesk.form.Form form, Violation v, CliWords words) {
        if (v.kind() != Violation.Kind.CHECK) {
            return "";
        }
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        for (String id : v.fields()) {
            if (form.fields().containsKey(id)) {
                labels.add(form.label(id));
            }
        }
        return String.join(words.t("listSeparator"), labels);
    }

    private static Map<String, Object> entry(Loaded loaded, Violation v, String explanation) {
        SourceLocation at = v.kind() == Violation.Kind.FIELD ? loaded.read().locationOf(v.id()) : null;
        String message = at == null ? v.message() : at + ": " + v.message();
        return Output.entry(v.id(), v.fields(), message, explanation);
    }
}
