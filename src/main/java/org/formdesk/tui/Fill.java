package org.formdesk.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import com.googlecode.lanterna.TerminalSize;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts the screens on the real terminal, set up for an SSH session on a bastion host: an explicit
 * charset whatever the locale, always a text terminal, NUL bytes filtered out, one buffered write per
 * refresh, Ctrl-C trapped, no mouse, and the terminal restored on every way out.
 */
public final class Fill {
    private Fill() {
    }

    public static void run(DraftSession session, FillOptions options) throws IOException, InterruptedException {
        run(session, options, null);
    }

    /**
     * The terminal taken ahead, on a thread of its own, while the form is read and the draft opened: raw mode
     * and the size come from a child process ({@code stty}), whose start and run would otherwise come
     * between the draft's opening and the first paint. {@link #close()} gives the terminal back when the
     * session never started (the draft is held elsewhere, the form cannot be used).
     */
    public static final class Ahead implements AutoCloseable {
        private final FutureTask<Taken> task;
        private boolean handedOver;
        /** The screen started before the session was ready ({@link #startScreen()}), or null. */
        private TerminalScreen screen;

        private Ahead(FutureTask<Taken> task) {
            this.task = task;
        }

        Taken take() throws IOException, InterruptedException {
            handedOver = true;
            return taken();
        }

        private Taken taken() throws IOException, InterruptedException {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(e.getCause());
            }
        }

        /**
         * Starts the screen on the terminal as soon as it is taken, while the form is still being read: only when
         * nothing is left to say on the plain terminal before the session's first screen.
         */
        public void startScreen() throws IOException, InterruptedException {
            if (screen != null || handedOver) {
                return;
            }
            TerminalScreen started = new DeltaScreen(taken().terminal());
            started.startScreen();
            screen = started;
        }

        @Override
        public void close() {
            if (handedOver) {
                return;
            }
            handedOver = true;
            try {
                if (screen != null) {
                    screen.stopScreen();
                }
                task.get().terminal().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | IOException e) {
                // not taken, or given back as far as it could be
            }
        }
    }

    /** The terminal's streams and the terminal over them, in raw mode. */
    record Taken(OutputStream out, TtyInput in, SaneTerminal terminal) {
    }

    /** Starts taking the terminal ({@link Ahead}), as the launcher set it up when it did ({@code launcher} not null). */
    public static Ahead takeAhead(Charset charset, LauncherTty launcher) {
        FutureTask<Taken> task = new FutureTask<>(new Callable<Taken>() {
            @Override
            public Taken call() throws IOException {
                return take(charset, launcher == null ? null : launcher.take());
            }
        });
        Thread thread = new Thread(task, "formdesk-terminal");
        thread.setDaemon(true);
        thread.start();
        return new Ahead(task);
    }

    private static Taken take(Charset charset, LauncherTty.Prepared prepared) throws IOException {
        OutputStream out = new NulFilter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 65536));
        TtyInput in = new TtyInput(new FileInputStream(FileDescriptor.in), charset);
        return new Taken(out, in, new SaneTerminal(in, out, charset, prepared));
    }

    /**
     * Loads (without running) the classes that taking the real terminal needs, for the start-up cache's training,
     * which must not touch the terminal of whoever runs the build.
     */
    public static void loadTerminalClasses() {
        List<Class<?>> loaded = List.of(Ahead.class, Taken.class, SaneTerminal.class, LauncherTty.class,
                LauncherTty.Prepared.class, TtyInput.class, NulFilter.class,
                ExternalEditor.class, sun.misc.Signal.class, sun.misc.SignalHandler.class,
                com.googlecode.lanterna.terminal.ansi.UnixTerminal.class,
                com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal.class,
                com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour.class);
        assert !loaded.isEmpty();
        new BracketedPaste(java.nio.charset.StandardCharsets.UTF_8).profile();
        new com.googlecode.lanterna.input.DefaultKeyDecodingProfile().getPatterns();
    }

    /** Something to start once the first screen is out, given the screen's size (the JIT warm-up). */
    public interface AfterFirstPaint {
        void run(TerminalSize size);
    }

    /** As {@link #run(DraftSession, FillOptions)}, on the terminal taken ahead when there is one. */
    public static void run(DraftSession session, FillOptions options, Ahead ahead) throws IOException, InterruptedException {
        run(session, options, ahead, size -> { });
    }

    /** As {@link #run(DraftSession, FillOptions, Ahead)}, starting {@code after} once the first screen is out. */
    public static void run(DraftSession session, FillOptions options, Ahead ahead, AfterFirstPaint after)
            throws IOException, InterruptedException {
        Taken taken = ahead != null ? ahead.take() : take(options.charset(), null);
        TtyInput in = taken.in();
        SaneTerminal terminal = taken.terminal();
        TerminalScreen early = ahead != null ? ahead.screen : null;
        TerminalScreen screen = early != null ? early : new DeltaScreen(terminal);
        // A hang-up (SIGHUP, SIGTERM) saves through the same once-only end as every other way out, and the JVM
        // stops only when this hook returns: the last save is never cut off.
        Thread hook = new Thread(() -> {
            in.stopWaiting();
            session.saveAndRelease();
        }, "formdesk-save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (early == null) {
                screen.startScreen();
            }
            Session fill = session.session(new ExternalEditor(screen, terminal), () -> {
                try {
                    terminal.bell();
                } catch (IOException e) {
                    // A bell that cannot ring is no loss.
                }
            });
            FillApp app = new FillApp(fill, screen, options.ascii(), options.color());
            // The same calls either way, so that a training run (firstPaintOnly) meets every class and lambda of a start.
            app.run(in::await, () -> {
                if (options.firstPaintOnly()) {
                    fill.hangUp(); // nothing typed: nothing saved, and the loop ends
                } else {
                    after.run(screen.getTerminalSize());
                }
            });
        } finally {
            // Every way out saves what was typed (a no-op after a normal quit): when the SSH link drops, the
            // terminal read can fail before SIGHUP arrives, and this thread would otherwise leave unsaved. If
            // the hook got there first, this waits for its save and does nothing more.
            in.stopWaiting();
            session.saveAndRelease();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running or has run.
            }
            try {
                screen.stopScreen();
            } finally {
                terminal.close();
            }
        }
    }
}
