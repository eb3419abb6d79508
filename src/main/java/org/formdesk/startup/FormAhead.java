package org.formdesk.startup;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.formdesk.engine.Engine;
import org.formdesk.engine.Texts;
import org.formdesk.form.FormFileException;
import org.formdesk.tui.LauncherTty;
import org.formdesk.tui.Words;

/**
 * Reads the form for {@code fill} and compiles its engine on a thread of its own while the main one reads the
 * command line and a third takes the terminal ({@code tui.Fill.Ahead}): they overlap on a second core, and
 * the first paint comes that much sooner. Only for the real process ({@code cli.Main#main}), which hands it
 * to the fill command; tests read the form on their own thread ({@link #NONE}). One per process start,
 * never static: two runs in one JVM share nothing but the immutable {@link #NONE}.
 */
public final class FormAhead {
    /** Nothing read ahead: the form is read when it is asked for. */
    public static final FormAhead NONE = new FormAhead(null, null, null, null);

    private final FormSource source;
    private final FutureTask<Engine> task;
    private final String taskForm;
    private final LauncherTty terminal;

    private FormAhead(FormSource source, FutureTask<Engine> task, String taskForm, LauncherTty terminal) {
        this.source = source;
        this.task = task;
        this.taskForm = taskForm;
        this.terminal = terminal;
    }

    /** The terminal as the launcher set it up while the JVM started, or null (see {@link LauncherTty}). */
    public LauncherTty terminal() {
        return terminal;
    }

    /**
     * Starts reading the form, when the command line is {@code fill} (or nothing) with at most a plain
     * {@code --form FILE}; else nothing is read ahead ({@link #readsNothing}). Either way it carries the
     * launcher's {@code terminal} set-up, if any, to the fill command.
     */
    public static FormAhead start(String[] args, FormSource source, LauncherTty terminal) {
        int i = 0;
        while (i < args.length && args[i].equals("--debug")) {
            i++;
        }
        if (i < args.length && !args[i].equals("fill")) {
            return readsNothing(terminal);
        }
        String form = null;
        for (int j = i; j < args.length; j++) {
            if (args[j].equals("--form") && j + 1 < args.length) {
                form = args[j + 1];
            } else if (args[j].startsWith("--form=") || args[j].equals("-h") || args[j].equals("--help")
                    || args[j].equals("-V") || args[j].equals("--version")) {
                return readsNothing(terminal);
            }
        }
        String f = form;
        // Java 25's BigDecimal works out 5^(2^16) as its class is set up, which a form's decimals wait for: that
        // runs on a thread of its own, started first, while the form's thread reads the phrases of the engine and of
        // the screen, which need no numbers (the screen's would otherwise be read after the form, before the paint).
        Thread numbers = new Thread(() -> BigDecimal.ONE.signum(), "formdesk-numbers");
        numbers.setDaemon(true);
        numbers.start();
        FutureTask<Engine> t = new FutureTask<>(() -> {
            Texts.of(null);
            Words.of(null);
            return Engine.of(source.form(f));
        });
        Thread thread = new Thread(t, "formdesk-form");
        thread.setDaemon(true);
        thread.start();
        return new FormAhead(source, t, f, terminal);
    }

    /** Nothing read ahead, with the launcher's terminal set-up when there is one. */
    private static FormAhead readsNothing(LauncherTty terminal) {
        return terminal == null ? NONE : new FormAhead(null, null, null, terminal);
    }

    /**
     * The engine for the form ({@code null}: the default form): the one read ahead when it was asked for,
     * else read now from {@code source}.
     */
    public Engine engine(String form, FormSource now) throws FormFileException {
        FutureTask<Engine> t = task;
        if (t == null || !Objects.equals(form, taskForm)) {
            return Engine.of(now.form(form));
        }
        try {
            return t.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Engine.of(source.form(form));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FormFileException f) {
                throw f;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
