package org.formdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fill", mixinStandardHelpOptions = true,
        description = "Fill in a form in the terminal, section by section.")
final class FillCommand implements Callable<Integer> {
    @Option(names = "--form", paramLabel = "FILE", description = "The form definition (default: the bundled seed form).")
    Path form;

    @Option(names = "--draft", paramLabel = "FILE", description = "The draft to open or create.")
    Path draft;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UserError("the terminal screens are not built yet; use validate, score, export or lint");
    }
}
