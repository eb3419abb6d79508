package org.formdesk.cli;

import org.formdesk.startup.FormAhead;
import org.formdesk.tui.LauncherTty;

import java.io.PrintWriter;
import java.util.List;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The formdesk command line: a thin shell over the engine. With no command it opens the form to fill. */
@Command(name = "formdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Guided data entry in the terminal, driven by a form definition file.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done; validate: no errors",
                "  1  the record or form has errors",
                "     (validate --strict: also warnings without an explanation)",
                "  2  a file could not be read or used, or the command line was wrong"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommands, in the order help lists them. */
    private static final List<String> NAMES = List.of("fill", "validate", "score", "export", "schema", "collect", "lint",
            "drafts", "forms", "serve", "users", "help");

    /**
     * Registers the subcommands: only the one the command line names, when it names one, else all of them.
     * Picocli builds each command's model by reflection, some 150 ms for all nine before the JVM has warmed
     * up; {@code formdesk fill} should not pay for eight commands it does not run. (Picocli's classes are
     * compiled for Java 5, so the class-data-sharing archive cannot hold them.)
     */
    static void addSubcommands(CommandLine cli, String[] args) {
        addSubcommands(cli, args, FormAhead.NONE);
    }

    static void addSubcommands(CommandLine cli, String[] args, FormAhead formAhead) {
        String named = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        boolean known = false;
        for (String n : NAMES) {
            known |= n.equals(named);
        }
        for (String n : NAMES) {
            boolean needed = args.length == 0 ? n.equals("fill")          // no command: fill, see run()
                    : known && !"help".equals(named) ? n.equals(named)     // the command named
                    : true;                                                // help, --help, a typo: all of them
            if (needed) {
                cli.addSubcommand(n, command(n, formAhead));
            }
        }
    }

    private static Object command(String name, FormAhead formAhead) {
        return switch (name) {
            case "fill" -> new FillCommand(formAhead);
            case "validate" -> new ValidateCommand();
            case "score" -> new ScoreCommand();
            case "export" -> new ExportCommand();
            case "schema" -> new SchemaCommand();
            case "collect" -> new CollectCommand();
            case "lint" -> new LintCommand();
            case "drafts" -> new DraftsCommand();
            case "forms" -> new FormsCommand();
            case "serve" -> new ServeCommand();
            case "users" -> new UsersCommand();
            default -> new CommandLine.HelpCommand();
        };
    }

    @Override
    public Integer call() {
        // No command: fill the default form, as `bin/formdesk` promises, and exit as fill does.
        CommandLine fill = spec.subcommands().get("fill");
        return fill.execute();
    }

    public static void main(String[] args) {
        LauncherTty terminal = LauncherTty.fromLauncher();
        if (terminal != null) {
            // The launcher left the terminal raw; a run that never reaches the screen gives it back here.
            Runtime.getRuntime().addShutdownHook(new Thread(terminal::restoreUnlessTaken, "formdesk-tty"));
        }
        FormAhead formAhead = FormAhead.start(args, Loaded::form, terminal);
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), formAhead));
    }

    /** Runs one command line; output goes to the given writers so tests can read it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, FormAhead.NONE);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, FormAhead formAhead) {
        args = fillByDefault(args);
        out = VisibleWriter.around(out);
        err = VisibleWriter.around(err);
        FillCommand quick = QuickFill.parse(args, formAhead);
        int code;
        try {
            code = quick != null ? QuickFill.run(quick, out, err) : picocli(args, out, err, formAhead);
        } catch (OutOfMemoryError e) {
            err.println("formdesk: out of memory; give the JVM more with FORMDESK_JAVA_OPTS=-Xmx1g");
            code = ExitCodes.UNREADABLE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code formdesk --plain}, {@code formdesk --resume …}: options without a command are fill's, as the README
     * promises, except the few that belong to formdesk itself (help, version, debug).
     */
    static String[] fillByDefault(String[] args) {
        if (args.length == 0 || !args[0].startsWith("-")) {
            return args;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return args;
            }
        }
        for (String a : args) {
            for (String n : NAMES) {
                if (n.equals(a)) {
                    return args; // formdesk --debug validate …
                }
            }
        }
        String[] withFill = new String[args.length + 1];
        withFill[0] = "fill";
        System.arraycopy(args, 0, withFill, 1, args.length);
        return withFill;
    }

    /** What an exception from a command means: told in one line (with the stack trace under --debug), and the exit code. */
    static int failed(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof UserError u) {
            err.println("formdesk: " + u.getMessage());
            return u.exitCode();
        }
        // Said without Java's class names: a file's failure as a sentence (the disk is full, permission denied).
        String said = org.formdesk.record.Failure.sentence(ex, false, null);
        err.println("formdesk: " + (ex instanceof java.io.IOException ? said : "unexpected error: " + said)
                + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        return ExitCodes.UNREADABLE;
    }

    static int picocli(String[] args, PrintWriter out, PrintWriter err) {
        return picocli(args, out, err, FormAhead.NONE);
    }

    static int picocli(String[] args, PrintWriter out, PrintWriter err, FormAhead formAhead) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        addSubcommands(cli, args, formAhead);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCodes.UNREADABLE);
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("formdesk: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return ExitCodes.UNREADABLE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr(), main.debug));
        return cli.execute(args);
    }
}
