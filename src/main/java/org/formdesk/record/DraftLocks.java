package org.formdesk.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drafts the sessions of one process hold, made once by the process (the command line's fill, the SSH
 * service) and handed to every session it opens. The system's lock ({@link DraftLock}) belongs to the process,
 * so two sessions inside one process are kept apart here first, and a sibling's lock file is never opened:
 * closing any descriptor of a file drops the process's lock on it.
 */
public final class DraftLocks {
    /** The lock files held, by real path, with who holds each (for the refusal). */
    private final Map<Path, DraftLock.Holder> held = new ConcurrentHashMap<>();

    /**
     * Takes the lock on {@code draft} or says who has it. {@code tookOver} is told when a lock file left by a
     * session that ended without letting go (killed, crashed) was taken over: who held it, or empty when its
     * file was unreadable; the caller words it in the form's language.
     */
    public DraftLock acquireTakingOver(Path draft, String user, java.util.function.Consumer<java.util.Optional<DraftLock.Holder>> tookOver)
            throws DraftLock.HeldException, IOException {
        return DraftLock.acquireTakingOver(this, draft, user, tookOver);
    }

    /** Null when taken for {@code mine}; else who holds it already. */
    DraftLock.Holder hold(Path file, DraftLock.Holder mine) {
        return held.putIfAbsent(file, mine);
    }

    void release(Path file, DraftLock.Holder mine) {
        held.remove(file, mine);
    }
}
