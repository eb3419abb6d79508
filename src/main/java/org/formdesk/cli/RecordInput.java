package org.formdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The record a command reads and the form to read it with: validate, score and export take the same two. */
final class RecordInput {
    @Parameters(paramLabel = "RECORD", description = "The record file (YAML, or JSON by its .json name).")
    Path record;

    @Option(names = "--form", paramLabel = "FORM",
            description = "A bundled form's id or a form file (default: the form the record names).")
    String form;

    /** The record read once and derived once with its form. */
    Loaded load() {
        return Loaded.record(record, form);
    }
}
