package se.samverkan.devtools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs calls from many clients at the same moment, for the concurrency tests. Every wait is bounded: a call that
 * never answers fails the test after {@link #PATIENCE} instead of hanging the build. The bound is a safety net for a
 * broken service, far above what any call takes on a busy machine, never a claim about speed.
 */
public final class Together {

    /** How long the clients may take to get ready, and then to answer, before the test fails. */
    public static final Duration PATIENCE = Duration.ofMinutes(2);

    private Together() {
    }

    /** Starts all calls at once (each on its own thread) and returns every answer, in the order of the calls. */
    public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            if (!ready.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutException("the " + calls.size() + " clients did not get ready within " + PATIENCE);
            }
            go.countDown();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code count} calls made by {@code call(i)}, started at once. */
    public static <T> List<T> run(int count, IntFunction<Callable<T>> call) throws Exception {
        return run(IntStream.range(0, count).mapToObj(call).toList());
    }
}
