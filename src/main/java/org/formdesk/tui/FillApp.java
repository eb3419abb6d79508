package org.formdesk.tui;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/**
 * The screen's loop: every key that is waiting goes to the session as a message, then the view paints once. When nothing happens it
 * waits for input (on a real terminal: blocked in a read, see {@link TtyInput}) instead of polling every
 * millisecond as Lanterna's GUI loops do.
 */
public final class FillApp {
    private final Session session;
    private final FillModel model;
    private final Screen screen;
    private final Painter painter;

    public FillApp(Session session, Screen screen, boolean ascii, boolean color) {
        this.session = session;
        this.model = session.model();
        this.screen = screen;
        this.painter = new Painter(ascii ? Glyphs.ASCII : Glyphs.UNICODE, color);
        session.keysFrom(screen::pollInput);
    }

    /** A session of its own over {@code model}, its bell the screen's terminal's. */
    public FillApp(FillModel model, Screen screen, Shell shell, boolean ascii, boolean color) {
        this(new Session(model, shell, bellOf(screen)), screen, ascii, color);
    }

    static Runnable bellOf(Screen screen) {
        return () -> {
            if (screen instanceof com.googlecode.lanterna.screen.TerminalScreen ts) {
                try {
                    ts.getTerminal().bell();
                } catch (IOException e) {
                    // A bell that cannot ring is no loss.
                }
            }
        };
    }

    public FillModel model() {
        return model;
    }

    public Session session() {
        return session;
    }

    /** Waits until a key may be waiting, or a little while (so that a resize is seen); false: surely no key. */
    public interface Idle {
        boolean await() throws IOException, InterruptedException;
    }

    /** Waits at most {@code nanos} for a key ({@link Long#MAX_VALUE}: no timer is set); false: surely no key. */
    public interface Wait {
        boolean await(long nanos) throws IOException, InterruptedException;
    }

    /** Runs until the user quits, sleeping between polls (for terminals that cannot block); the caller starts and stops the screen. */
    public void run() throws IOException, InterruptedException {
        long[] idleSince = {System.nanoTime()};
        run(() -> {
            long idleMs = (System.nanoTime() - idleSince[0]) / 1_000_000;
            Thread.sleep(idleMs < 1000 ? 5 : idleMs < 10_000 ? 20 : 50);
            return true;
        });
    }

    /** Runs until the user quits, waiting with {@code idle} whenever no key is waiting. */
    public void run(Idle idle) throws IOException, InterruptedException {
        run(idle, () -> { });
    }

    /** As {@link #run(Idle)}, with something to start once the first screen is out (the JIT warm-up). */
    public void run(Idle idle, Runnable afterFirstPaint) throws IOException, InterruptedException {
        run(nanos -> idle.await(), afterFirstPaint); // a local fill asks for no timer
    }

    /** Runs until the user quits, waiting with {@code wait} no longer than the next timer the update asked for. */
    public void run(Wait wait) throws IOException, InterruptedException {
        run(wait, () -> { });
    }

    private void run(Wait wait, Runnable afterFirstPaint) throws IOException, InterruptedException {
        paint(Screen.RefreshType.COMPLETE);
        afterFirstPaint.run();
        boolean mayHaveInput = true;
        while (!model.quitting()) {
            if (mayHaveInput && pump()) {
                continue;
            }
            if (resized()) {
                paint(Screen.RefreshType.COMPLETE);
                continue;
            }
            // After the keys: a key that came with the timer's end is handled first and restarts it.
            if (session.fireTimers()) {
                if (!model.quitting()) {
                    paint(Screen.RefreshType.AUTOMATIC);
                }
                continue;
            }
            mayHaveInput = wait.await(session.nanosToTimer());
        }
    }

    /** Handles every key waiting now, then paints; false when there was none. Tests drive the screen with this. */
    public boolean pump() throws IOException {
        if (!session.handleWaiting(screen::pollInput)) {
            return false;
        }
        session.showTyped();
        if (resized()) {
            paint(Screen.RefreshType.COMPLETE);
        } else {
            paint(Screen.RefreshType.AUTOMATIC);
        }
        return true;
    }

    private boolean resized() {
        var size = screen.doResizeIfNecessary();
        if (size == null) {
            return false;
        }
        session.dispatch(new Msg.Resize(size.getColumns(), size.getRows()));
        return true;
    }

    public void paint(Screen.RefreshType type) throws IOException {
        painter.paint(model, screen);
        screen.refresh(type);
    }
}
