package org.formdesk;

import java.nio.file.Path;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/** The seed form and its published 2021 record, shared by tests (paths are relative to the project). */
public final class SeedData {
    public static final Path FORM = Path.of("forms/dept-perf-self-eval.yaml");
    public static final Path EXAMPLE = Path.of("examples/dept-perf-self-eval-2021.yaml");

    /** Every computed figure of the published record, as seed-form.md lists it (rates in percent, 2 places). */
    public static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("total_budget", "42072.34"),
            Map.entry("staff_control_rate", "100.00"),
            Map.entry("three_public_change_rate", "-27.66"),
            Map.entry("key_spending_rate", "100.00"),
            Map.entry("budget_completion_rate", "28.32"),
            Map.entry("budget_adjustment_rate", "237.77"),
            Map.entry("public_funds_control_rate", "51.95"),
            Map.entry("three_public_control_rate", "56.57"),
            Map.entry("procurement_rate", "90.72"),
            Map.entry("fixed_asset_utilization", "100.00"),
            Map.entry("completion_rate", "100.00"));

    private static Engine engine;

    private SeedData() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            try {
                engine = Engine.of(new FormLoader().load(FORM));
            } catch (FormFileException e) {
                throw new AssertionError("the seed form does not load: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    public static Form form() {
        return engine().form();
    }

    public static RecordRead exampleRead() {
        return new RecordReader(form()).read(EXAMPLE);
    }

    public static RecordFile example() {
        RecordRead read = exampleRead();
        if (!read.usable()) {
            throw new AssertionError("the example record does not read: " + read.fatal());
        }
        return read.record();
    }

    public static FormState exampleState() {
        return Records.state(engine(), example());
    }
}
