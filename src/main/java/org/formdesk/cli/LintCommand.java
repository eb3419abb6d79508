package org.formdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;
import org.formdesk.form.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a form definition; each problem on one line with its file, line and column.")
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FORM", description = "The form definition file (YAML).")
    Path form;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(form)) {
            throw new UserError(form + ": no such file");
        }
        FormLoader.Result result = new FormLoader().read(form);
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.form() != null) {
            problems.addAll(Engine.expressionProblems(result.form()));
        }
        problems.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        PrintWriter out = spec.commandLine().getOut();
        for (Problem p : problems) {
            out.println(p);
        }
        if (problems.isEmpty()) {
            out.println(form + ": ok (" + result.form().fields().size() + " fields, " + result.form().checks().size()
                    + " checks, " + result.form().indicators().size() + " indicators)");
            return ExitCodes.OK;
        }
        out.println(form + ": " + Output.count(problems.size(), "problem"));
        return ExitCodes.INVALID;
    }
}
