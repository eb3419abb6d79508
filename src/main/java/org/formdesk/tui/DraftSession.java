package org.formdesk.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftLock;
import org.formdesk.record.DraftLocks;
import org.formdesk.record.LocalTimes;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.Who;

/**
 * One user's hold on one draft: the lock taken before any screen starts (a second session is refused
 * with the first one named), the model over the opened draft, and what must happen on every way out:
 * save what was typed, then let go of the lock.
 */
public final class DraftSession implements AutoCloseable {
    private final FillModel model;
    private final DraftLock lock;
    private Session session;

    private DraftSession(FillModel model, DraftLock lock) {
        this.model = model;
        this.lock = lock;
    }

    /**
     * Locks {@code draft}, then opens it (or starts it from {@code start} when given).
     *
     * @param notices where a sentence goes when a stale lock was taken over
     */
    public static DraftSession open(DraftLocks locks, Engine engine, Path draft, Path outDir, Words words,
                                    Opening start, PrintWriter notices) throws DraftLock.HeldException, IOException {
        return open(locks, engine, draft, outDir, words, start, notices, Who.local());
    }

    /** The same for a given user (a service filling for someone other than the process's user). */
    public static DraftSession open(DraftLocks locks, Engine engine, Path draft, Path outDir, Words words,
                                    Opening start, PrintWriter notices, Who who)
            throws DraftLock.HeldException, IOException {
        return open(Early.take(locks, draft, who), engine, outDir, words, start, notices);
    }

    /**
     * A draft's lock taken before its form is ready (the fill command takes it while another thread reads the
     * form): what the taking found, kept until {@link #open(Early, Engine, Path, Words, Opening, PrintWriter)}
     * says it in the form's language, or {@link #close()} lets the lock go when no session follows.
     */
    public static final class Early implements AutoCloseable {
        private final Path draft;
        private final Who who;
        private DraftLock lock;
        private java.util.Optional<DraftLock.Holder> tookOver;
        private Exception failed;

        private Early(Path draft, Who who) {
            this.draft = draft;
            this.who = who;
        }

        /** Takes the lock now; a refusal or a failure is kept, to be thrown when the session is opened. */
        public static Early take(DraftLocks locks, Path draft, Who who) {
            Early early = new Early(draft, who);
            try {
                early.lock = locks.acquireTakingOver(draft, who.user(), before -> early.tookOver = before);
            } catch (DraftLock.HeldException | IOException e) {
                early.failed = e;
            }
            return early;
        }

        public Path draft() {
            return draft;
        }

        /** Taken with nothing to tell: not held elsewhere, no lock taken over from a session that is gone. */
        public boolean quiet() {
            return failed == null && tookOver == null;
        }

        @Override
        public void close() {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Opens the draft whose lock was taken early; the lock then belongs to the session. */
    public static DraftSession open(Early early, Engine engine, Path outDir, Words words, Opening start,
                                    PrintWriter notices) throws DraftLock.HeldException, IOException {
        if (early.failed instanceof DraftLock.HeldException held) {
            throw held;
        }
        if (early.failed instanceof IOException io) {
            throw io;
        }
        Path draft = early.draft;
        if (early.tookOver != null) {
            notices.println(early.tookOver
                    .map(h -> words.t("staleLockBy", draft.getFileName(), h.user(), h.host(), LocalTimes.show(h.since())))
                    .orElseGet(() -> words.t("staleLock", draft.getFileName())));
        }
        DraftLock lock = early.lock;
        early.lock = null;
        Who who = early.who;
        try {
            DraftStore.removeLeftovers(draft);
            Opening opening = start != null ? start : Opening.open(engine, draft, words);
            return new DraftSession(new FillModel(opening, words, new DraftRepository(draft, outDir), who), lock);
        } catch (RuntimeException | Error e) {
            // Out of memory on a huge draft included: the lock is let go on every way out.
            lock.close();
            throw e;
        }
    }

    public FillModel model() {
        return model;
    }

    /** The session over the opened draft, made once, with the screen's editor and bell (none in the line mode). */
    public synchronized Session session(Shell shell, Runnable bell) {
        if (session == null) {
            session = new Session(model, shell, bell);
        }
        return session;
    }

    /** The line mode's session: no editor, no bell. */
    public Session session() {
        return session(text -> null, () -> { });
    }

    /** For a shutdown hook (SIGHUP when the SSH link drops, SIGTERM): save what is typed, then unlock. */
    public void saveAndRelease() {
        session().hangUp();
        lock.close();
    }

    @Override
    public void close() {
        lock.close();
    }
}
