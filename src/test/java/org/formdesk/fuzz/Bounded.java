package org.formdesk.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz case on a worker thread and fails it when it does not finish within a generous bound: the
 * fuzz suite's "nothing hangs". The bound is a hang detector, far above what a case takes, not a speed
 * claim. Every throwable the case lets escape (Errors included) fails it with that throwable.
 */
public final class Bounded {
    /** Far above any case: a case that takes this long is hanging. */
    public static final Duration HANG = Duration.ofSeconds(20);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    public static <T> T call(Callable<T> fuzzCase) {
        Future<T> f = WORKER.submit(fuzzCase);
        try {
            return f.get(HANG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("the case did not finish within " + HANG.toSeconds() + " s: it hangs");
        } catch (ExecutionException e) {
            throw new AssertionError("a throwable escaped: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static void run(ThrowingRunnable fuzzCase) {
        call(() -> {
            fuzzCase.run();
            return null;
        });
    }

    /** A case body. */
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
