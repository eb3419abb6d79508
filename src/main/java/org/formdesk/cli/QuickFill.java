package org.formdesk.cli;

import org.formdesk.startup.FormAhead;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code fill} without picocli, for the plain command lines a session is started with: nothing, or
 * {@code fill} with a few options each given once as {@code --name VALUE} or a lone flag. Picocli builds its
 * model by reflection, some 120 ms of a cold start that would otherwise come before the first paint (its
 * classes are compiled for Java 5, so the class-data-sharing archive cannot hold them). Anything else
 * (help, another command, an unusual spelling, a value that picocli might read another way) goes to
 * picocli, which says what is wrong with it in its own words. The outcome is the same either way
 * ({@code QuickFillTest}).
 */
final class QuickFill {
    private QuickFill() {
    }

    /** The fill command the arguments ask for, or null when picocli should read them. */
    static FillCommand parse(String[] args) {
        return parse(args, FormAhead.NONE);
    }

    static FillCommand parse(String[] args, FormAhead formAhead) {
        FillCommand fill = new FillCommand(formAhead);
        if (args.length == 0) {
            return fill;
        }
        if (!args[0].equals("fill")) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!seen.add(name)) {
                return null;
            }
            switch (name) {
                case "--resume" -> fill.resume = true;
                case "--ascii" -> fill.ascii = true;
                case "--plain" -> fill.plain = true;
                case "--form", "--draft", "--from", "--out" -> {
                    Path value = i + 1 < args.length ? path(args[++i]) : null;
                    if (value == null) {
                        return null;
                    }
                    switch (name) {
                        case "--form" -> fill.form = value.toString();
                        case "--draft" -> fill.draft = value;
                        case "--from" -> fill.from = value;
                        default -> fill.out = value;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return fill;
    }

    // A value picocli could read otherwise (an option, an @argument-file, nothing) is left to picocli.
    private static Path path(String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Runs it as picocli would with {@link Main}'s handlers: the exit code, errors told in one line. */
    static int run(FillCommand fill, PrintWriter out, PrintWriter err) {
        fill.stdout = out;
        fill.stderr = err;
        try {
            return fill.call();
        } catch (Exception e) {
            return Main.failed(e, err, false);
        }
    }
}
