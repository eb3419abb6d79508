package org.formdesk.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What slows a password guesser down. Each failed login of a user from an address doubles the wait before
 * that user's next attempt from there is even checked (1 s, 2 s, 4 s … 32 s; a success resets it). An
 * address with too many failures within ten minutes is refused outright until they age out, and an
 * address may hold only so many connections at once.
 */
final class LoginGuard {
    static final long WINDOW_NANOS = 10L * 60 * 1_000_000_000L;
    private static final long FIRST_WAIT_MS = 1000;
    private static final long MAX_WAIT_MS = 32_000;

    private final int failuresPerAddress;
    private final int connectionsPerAddress;
    private final LongSupplier clock;
    private final Map<String, Integer> consecutive = new HashMap<>();
    private final Map<String, Deque<Long>> failures = new HashMap<>();
    private final Map<String, Integer> open = new HashMap<>();

    LoginGuard(int failuresPerAddress, int connectionsPerAddress, LongSupplier clock) {
        this.failuresPerAddress = failuresPerAddress;
        this.connectionsPerAddress = connectionsPerAddress;
        this.clock = clock;
    }

    /** How long to wait before checking this attempt. */
    synchronized long waitMillis(String user, String address) {
        int n = consecutive.getOrDefault(user + "\n" + address, 0);
        return n == 0 ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << Math.min(n - 1, 10));
    }

    synchronized void failed(String user, String address) {
        consecutive.merge(user + "\n" + address, 1, Integer::sum);
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.getAsLong());
    }

    synchronized void succeeded(String user, String address) {
        consecutive.remove(user + "\n" + address);
    }

    /** True when the address has failed too often lately: its logins are refused without a check. */
    synchronized boolean blocked(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return false;
        }
        long now = clock.getAsLong();
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return false;
        }
        return times.size() >= failuresPerAddress;
    }

    /** Counts a new connection from the address; false (and not counted) when it already has its share. */
    synchronized boolean admit(String address) {
        int n = open.getOrDefault(address, 0);
        if (n >= connectionsPerAddress) {
            return false;
        }
        open.put(address, n + 1);
        return true;
    }

    synchronized void release(String address) {
        open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }
}
