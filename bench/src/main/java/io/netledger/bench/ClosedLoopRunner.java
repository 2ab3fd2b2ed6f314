package io.netledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation a fixed number of times with exactly {@code inFlight} of them
 * outstanding: one thread per slot, each starting its next operation as soon as the
 * previous one returned. The operations are synchronous (Axon's SimpleCommandBus handles
 * a command on the caller's thread), so the thread count is the honest in-flight count;
 * an async send behind a semaphore would still run one command at a time.
 */
final class ClosedLoopRunner {

    private ClosedLoopRunner() {
    }

    static ScenarioResult run(String name, int inFlight, int warmUp, int count, Operation operation)
            throws Exception {
        if (warmUp > 0) {
            execute(inFlight, warmUp, operation, null);
        }
        LatencyRecorder latencies = new LatencyRecorder(count);
        long elapsed = execute(inFlight, count, operation, latencies);
        return new ScenarioResult(name, inFlight, latencies.count(), elapsed,
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    /** Returns the wall-clock nanoseconds from releasing the threads until the last one finished. */
    private static long execute(int inFlight, int count, Operation operation, LatencyRecorder latencies)
            throws Exception {
        AtomicInteger remaining = new AtomicInteger(count);
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(inFlight);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(inFlight);
        for (int i = 0; i < inFlight; i++) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    start.await();
                    while (failure.get() == null && remaining.getAndDecrement() > 0) {
                        long begin = System.nanoTime();
                        operation.run();
                        if (latencies != null) {
                            latencies.record(System.nanoTime() - begin);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + i);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long begin = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - begin;
        if (failure.get() != null) {
            throw failure.get();
        }
        return elapsed;
    }
}
