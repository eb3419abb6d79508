package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/**
 * The loop: read every key that is waiting, update the model, then paint once. When nothing happens it
 * waits for input (on a real terminal: blocked in a read, see {@link TtyInput}) instead of polling every
 * millisecond as Lanterna's GUI loops do.
 */
public final class FillApp {
    private final FillModel model;
    private final Screen screen;
    private final KeyHandler keys;
    private final Painter painter;

    public FillApp(FillModel model, Screen screen, Shell shell, boolean ascii, boolean color) {
        this.model = model;
        this.screen = screen;
        this.keys = new KeyHandler(model, shell);
        this.painter = new Painter(ascii ? Glyphs.ASCII : Glyphs.UNICODE, color);
    }

    public FillModel model() {
        return model;
    }

    /** Waits until a key may be waiting, or a little while (so that a resize is seen); false: surely no key. */
    public interface Idle {
        boolean await() throws IOException, InterruptedException;
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
        paint(Screen.RefreshType.COMPLETE);
        afterFirstPaint.run();
        boolean mayHaveInput = true;
        while (!model.quitting()) {
            if (mayHaveInput && pump()) {
                continue;
            }
            if (screen.doResizeIfNecessary() != null) {
                paint(Screen.RefreshType.COMPLETE);
                continue;
            }
            mayHaveInput = idle.await();
        }
    }

    /** Handles every key waiting now, then paints; false when there was none. Tests drive the screen with this. */
    public boolean pump() throws IOException {
        // The key is taken under the lock: a hang-up's save then either has it handled or still waiting.
        model.lock.lock();
        try {
            KeyStroke k = screen.pollInput();
            if (k == null) {
                return false;
            }
            while (k != null && !model.quitting()) {
                handle(k);
                k = screen.pollInput();
            }
            model.apply();
        } finally {
            model.lock.unlock();
        }
        if (screen.doResizeIfNecessary() != null) {
            paint(Screen.RefreshType.COMPLETE);
        } else {
            paint(Screen.RefreshType.AUTOMATIC);
        }
        return true;
    }

    /**
     * For a hang-up, under the model's lock: the keys already read from the terminal but not yet handled
     * (typed just before the link dropped) are handled, so that what the user saw typed is saved. Only typing
     * and moving between fields; a key that would open an editor, a question or Finalize is dropped.
     */
    public void drainPending() {
        try {
            KeyStroke k;
            while ((k = screen.pollInput()) != null && !model.quitting()) {
                if (typingOrMoving(k)) {
                    handle(k);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The terminal is gone: what was handled is what there is.
        }
    }

    private static boolean typingOrMoving(KeyStroke k) {
        return switch (k.getKeyType()) {
            case Character -> !k.isCtrlDown() && !k.isAltDown();
            case Tab, ReverseTab, Backspace, Delete, ArrowLeft, ArrowRight, ArrowUp, ArrowDown, Home, End -> true;
            default -> false;
        };
    }

    /** One key; a failure in the program is said on the screen and the draft saved, never a stack trace. */
    private void handle(KeyStroke k) {
        try {
            keys.handle(k);
        } catch (RuntimeException e) {
            model.save(false);
            model.say(model.words.t("internalError", org.formdesk.record.Failure.sentence(e, model.words.chinese(), null)), true);
        }
    }

    public void paint(Screen.RefreshType type) throws IOException {
        painter.paint(model, screen);
        screen.refresh(type);
    }
}
