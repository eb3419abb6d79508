package org.formdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command prints, and for whom: with --json for scripts (ids, decimals as strings, rates as
 * percentages, exact times), else for people in the form's language.
 */
final class Printed {
    @Option(names = "--json", description = "Print as JSON, for scripts: ids, decimals as strings, exact times.")
    boolean asJson;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void json(Object value) {
        out().print(Output.json(value));
    }
}
