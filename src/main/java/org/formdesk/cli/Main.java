package org.formdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The formdesk command line: a thin shell over the engine. With no command it opens the form to fill. */
@Command(name = "formdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Guided data entry in the terminal, driven by a form definition file.",
        subcommands = {FillCommand.class, ValidateCommand.class, ScoreCommand.class, ExportCommand.class,
                SchemaCommand.class, CollectCommand.class, LintCommand.class, DraftsCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done; validate: no errors",
                "  1  the record or form has errors (validate --strict: also unexplained warnings)",
                "  2  a file could not be read or used, or the command line was wrong"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // No command: fill the default form, as `bin/formdesk` promises, and exit as fill does.
        CommandLine fill = spec.subcommands().get("fill");
        return fill.execute();
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line; output goes to the given writers so tests can read it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCodes.UNREADABLE);
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("formdesk: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return ExitCodes.UNREADABLE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError u) {
                commandLine.getErr().println("formdesk: " + u.getMessage());
                return u.exitCode();
            }
            commandLine.getErr().println("formdesk: unexpected error: " + ex
                    + (main.debug ? "" : " (run with --debug for details)"));
            if (main.debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.UNREADABLE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
