package org.formdesk.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The timers the update asked for ({@link Effect.After}), kept until due. One per kind of message: a newer
 * one replaces the one before, so the idle timer, restarted on every key, never piles up stale timers
 * that would each wake the session for nothing. Not thread-safe: {@link Session} holds its lock.
 */
final class Timers {
    private record Due(long at, Msg msg) {
    }

    private final Map<Class<?>, Due> due = new HashMap<>();

    void schedule(Effect.After after) {
        due.put(after.msg().getClass(), new Due(System.nanoTime() + after.delay().toNanos(), after.msg()));
    }

    /** How long until the next timer is due (0: one is due now); {@link Long#MAX_VALUE} when there is none. */
    long nanosToNext() {
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        for (Due d : due.values()) {
            next = Math.min(next, Math.max(0, d.at() - now));
        }
        return next;
    }

    /** The messages of the timers now due, taken out. */
    List<Msg> takeDue() {
        long now = System.nanoTime();
        List<Msg> out = new ArrayList<>();
        for (Iterator<Due> it = due.values().iterator(); it.hasNext(); ) {
            Due d = it.next();
            if (d.at() - now <= 0) {
                out.add(d.msg());
                it.remove();
            }
        }
        return out;
    }
}
