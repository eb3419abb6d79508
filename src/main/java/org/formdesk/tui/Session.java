package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One fill session: its state, the update that changes it and the runner of its effects. Every message,
 * from the screen, the line mode or a shutdown hook, goes through {@link #dispatch}: the update, then each
 * effect it asked for, whose outcome is a message for the update in turn. Two sessions share nothing but
 * the form and its engine's immutable parts.
 *
 * <p>A session ends once, with one last save ({@link #hangUp}), whichever thread gets there first (the
 * screen's own way out, or a shutdown hook on SIGHUP): every save runs under the session's lock, and
 * after the last one nothing is handled any more, so the JVM stopping once the hook returns can never cut a
 * save off half-way.
 */
public final class Session {
    /** Where the keys already read from the terminal wait (the screen's input queue). */
    public interface Keys {
        /** The next key already read, or null: never blocks. */
        KeyStroke poll() throws IOException;
    }

    private final FillModel model;
    private final EffectRunner runner;
    /**
     * Held while a message is handled (all saves happen then), so a hang-up never saves a half-changed state.
     * Fair: a hang-up waiting for it gets it at the end of the key being handled, not after all the others.
     */
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Set, under the lock, by the last save: from then on every message is dropped. */
    private boolean ended;
    /** The update's editor is running, the lock let go meanwhile so a hang-up can take its text back. */
    private volatile boolean editorOpen;
    private volatile Keys waiting = () -> null;

    public Session(FillModel model, Shell shell, Runnable bell) {
        this.model = model;
        this.runner = new EffectRunner(model.drafts, shell, bell, model.words.chinese(), new Timers());
    }

    /** A session with no editor and no bell (the line mode, tests). */
    public Session(FillModel model) {
        this(model, text -> null, () -> { });
    }

    public FillModel model() {
        return model;
    }

    /** Where a hang-up finds the keys read from the terminal but not yet handled. */
    void keysFrom(Keys keys) {
        this.waiting = keys;
    }

    public void dispatch(Msg msg) {
        lock.lock();
        try {
            if (!ended) {
                handle(msg);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Handles every key waiting in {@code keys}, each taken and handled under the lock (so that a hang-up
     * finds each key either handled or still waiting, and gets in between two keys); false when none was
     * waiting.
     */
    boolean handleWaiting(Keys keys) throws IOException {
        boolean any = false;
        while (true) {
            lock.lock();
            try {
                if (ended || model.quitting()) {
                    return any;
                }
                KeyStroke k = keys.poll();
                if (k == null) {
                    return any;
                }
                any = true;
                handle(message(k));
            } finally {
                lock.unlock();
            }
        }
    }

    /** How long the shell may wait for a key before a timer is due; {@link Long#MAX_VALUE}: no timer. */
    long nanosToTimer() {
        lock.lock();
        try {
            return runner.timers().nanosToNext();
        } finally {
            lock.unlock();
        }
    }

    /** Hands each timer now due to the update; false when none was. */
    boolean fireTimers() {
        lock.lock();
        try {
            List<Msg> due = runner.timers().takeDue();
            for (Msg msg : due) {
                dispatch(msg);
            }
            return !due.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    private static Msg message(KeyStroke k) {
        return k instanceof Pasted p ? new Msg.Paste(p.text()) : new Msg.Key(k);
    }

    /** The update and the effects it asks for, the lock held. */
    private void handle(Msg msg) {
        Deque<Msg> queue = new ArrayDeque<>();
        queue.add(msg);
        while (!queue.isEmpty() && !ended) {
            for (Effect effect : Update.update(model, queue.poll())) {
                Msg outcome = effect instanceof Effect.OpenEditor ? edit(effect) : runner.run(effect);
                if (ended) {
                    return; // a hang-up came while the editor ran: it took the editor's text and saved
                }
                if (outcome != null) {
                    queue.add(outcome);
                }
            }
        }
    }

    /**
     * Runs the editor with the lock let go: the user may be in it for minutes, and a hang-up meanwhile must
     * be able to take the editor's text back and save.
     */
    private Msg edit(Effect effect) {
        int held = lock.getHoldCount();
        editorOpen = true;
        for (int i = 0; i < held; i++) {
            lock.unlock();
        }
        try {
            return runner.run(effect);
        } finally {
            for (int i = 0; i < held; i++) {
                lock.lock();
            }
            editorOpen = false;
        }
    }

    /** Shows what is typed in the engine (the computed figures follow) before a paint. */
    void showTyped() {
        lock.lock();
        try {
            if (!ended) {
                Editing.apply(model);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The session's end, for a shutdown hook (the SSH link dropped: SIGHUP) and for every way out of the
     * screen: keys already read but not yet handled are handled (typing and moving, up to the first key that
     * would ask a question or open the editor, since nobody is there to see it), an editor's text is
     * taken back, and what is typed but not saved is saved. Runs once; a second call waits for the first
     * to finish and does nothing more. Gives up after a while if a message is being handled, so that a
     * hang-up always ends the process.
     */
    public void hangUp() {
        try {
            // Long enough for the keys of the first second, handled slowly before the JIT has compiled them;
            // bounded, so a hang-up always ends the process.
            if (!lock.tryLock(10, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (ended) {
                return;
            }
            if (editorOpen) {
                Optional<String> text = runner.shell().takeBack();
                text.ifPresent(t -> handle(new Msg.EditorResult(t, null)));
            } else {
                handleWaitingTyping();
            }
            handle(new Msg.HangUp());
        } finally {
            ended = true;
            model.quit = true;
            lock.unlock();
        }
    }

    /** Whether the session has had its last save. */
    boolean ended() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    private void handleWaitingTyping() {
        try {
            KeyStroke k;
            // Up to the first key that would ask, quit, open the editor or finalise: the keys after it were
            // meant for a question or a screen that will not be there.
            while (model.ask == null && model.jump == null && !model.escPrefix && !model.quitting()
                    && (k = waiting.poll()) != null && typingOrMoving(k)) {
                handle(message(k));
            }
        } catch (IOException | RuntimeException e) {
            // The terminal is gone: what was handled is what there is.
        }
    }

    /** Keys that type or move between fields; not those that ask, quit, open the editor or finalise. */
    private boolean typingOrMoving(KeyStroke k) {
        if (k instanceof Pasted) {
            return true;
        }
        KeyType type = k.getKeyType();
        if (k.isAltDown()) {
            return false;
        }
        return switch (type) {
            case Character -> k.getCharacter() != null && (!k.isCtrlDown() && k.getCharacter() >= 0x20
                    || "\t\b\u007f".indexOf(k.getCharacter()) >= 0 || k.isCtrlDown() && "ih".indexOf(k.getCharacter()) >= 0);
            case Tab, ReverseTab, Backspace, Delete, ArrowLeft, ArrowRight, ArrowUp, ArrowDown, Home, End,
                    PageUp, PageDown -> true;
            case Enter -> model.current() == null || model.current().kind() != Item.Kind.FINALIZE;
            default -> false;
        };
    }
}
