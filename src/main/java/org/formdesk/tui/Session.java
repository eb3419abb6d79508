package org.formdesk.tui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One fill session: its state, the update that changes it and the runner of its effects. Every message,
 * from the screen, the line mode or a shutdown hook, goes through {@link #dispatch}: the update, then each
 * effect it asked for, whose outcome is a message for the update in turn. Two sessions share nothing but
 * the form and its engine's immutable parts.
 */
public final class Session {
    private final FillModel model;
    private final EffectRunner runner;
    /** Held while a message is handled, so a shutdown hook never saves a half-changed state. */
    private final ReentrantLock lock = new ReentrantLock();

    public Session(FillModel model, Shell shell, Runnable bell) {
        this.model = model;
        this.runner = new EffectRunner(model.drafts, shell, bell);
    }

    /** A session with no editor and no bell (the line mode, tests). */
    public Session(FillModel model) {
        this(model, text -> null, () -> { });
    }

    public FillModel model() {
        return model;
    }

    public void dispatch(Msg msg) {
        lock.lock();
        try {
            Deque<Msg> queue = new ArrayDeque<>();
            queue.add(msg);
            while (!queue.isEmpty()) {
                for (Effect effect : Update.update(model, queue.poll())) {
                    Msg outcome = runner.run(effect);
                    if (outcome != null) {
                        queue.add(outcome);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Shows what is typed in the engine (the computed figures follow) before a paint. */
    void showTyped() {
        lock.lock();
        try {
            Editing.apply(model);
        } finally {
            lock.unlock();
        }
    }

    /**
     * For a shutdown hook (the SSH link dropped: SIGHUP): saves what is typed but not yet saved. Gives up
     * after a moment if a message is being handled, e.g. while an editor runs.
     */
    public void hangUp() {
        try {
            if (lock.tryLock(2, TimeUnit.SECONDS)) {
                try {
                    dispatch(new Msg.HangUp());
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
