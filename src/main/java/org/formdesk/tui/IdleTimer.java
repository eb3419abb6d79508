package org.formdesk.tui;

import java.time.Duration;

/**
 * The hosted session's idle limit, kept as update state: every key, paste or resize asks for a new timer
 * numbered one more than the last, and a timer that comes due ends the session only while it is the newest
 * one (an older one is stale: the user came back after it was set). A local fill has no limit and no timer.
 */
final class IdleTimer {
    private Duration limit;
    private long generation;
    private boolean expired;

    /** Sets the limit and starts the first wait. */
    void limit(FillModel m, Duration after) {
        limit = after;
        restart(m);
    }

    /** The user is there: the time without a key starts again. */
    void restart(FillModel m) {
        if (limit != null) {
            m.emit(new Effect.After(limit, new Msg.Idle(++generation)));
        }
    }

    /** Whether {@code idle} is the newest timer: nothing came from the user since it was set. */
    boolean current(Msg.Idle idle) {
        return limit != null && idle.generation() == generation;
    }

    void expire() {
        expired = true;
    }

    /** The session ended because nobody typed for the whole limit. */
    boolean expired() {
        return expired;
    }
}
