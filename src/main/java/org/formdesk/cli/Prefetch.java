package org.formdesk.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.formdesk.engine.Engine;

/**
 * Reads the form for {@code fill} on a second thread while the main one reads the command line (with picocli's
 * reflection, unless {@link QuickFill} could read it) and a third takes the terminal ({@code Fill.Ahead}): they
 * overlap on a second core, and the first paint comes that much sooner. Only for the
 * real process ({@link Main#main}), which hands it to the fill command; tests call {@link Main#run} and read
 * the form on their own thread. One per process start, never static: two runs in one JVM share nothing.
 */
final class Prefetch {
    /** Nothing read ahead: the form is read when it is asked for. */
    static final Prefetch NONE = new Prefetch(null, null);

    private final FutureTask<Engine> task;
    private final String taskForm;

    private Prefetch(FutureTask<Engine> task, String taskForm) {
        this.task = task;
        this.taskForm = taskForm;
    }

    /** Starts reading the form, when the command line is {@code fill} (or nothing) with at most a plain --form FILE. */
    static Prefetch start(String[] args) {
        int i = 0;
        while (i < args.length && args[i].equals("--debug")) {
            i++;
        }
        if (i < args.length && !args[i].equals("fill")) {
            return NONE;
        }
        String form = null;
        for (int j = i; j < args.length; j++) {
            if (args[j].equals("--form") && j + 1 < args.length) {
                form = args[j + 1];
            } else if (args[j].startsWith("--form=") || args[j].equals("-h") || args[j].equals("--help")
                    || args[j].equals("-V") || args[j].equals("--version")) {
                return NONE;
            }
        }
        String f = form;
        FutureTask<Engine> t = new FutureTask<>(() -> Loaded.engine(f, null));
        Thread thread = new Thread(t, "formdesk-prefetch");
        thread.setDaemon(true);
        thread.start();
        return new Prefetch(t, f);
    }

    /** The engine for the form (null: the default form), read ahead when it was asked for, else now. */
    Engine engine(String form) {
        FutureTask<Engine> t = task;
        if (t == null || !Objects.equals(form, taskForm)) {
            return Loaded.engine(form, null);
        }
        try {
            return t.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Loaded.engine(form, null);
        } catch (ExecutionException e) {
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
