package io.netledger.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies of one scenario in nanoseconds. Slots are preallocated so that recording
 * is one array write: the recorder must not itself show up in what it measures.
 */
final class LatencyRecorder {

    private final long[] nanos;
    private final AtomicInteger next = new AtomicInteger();

    LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
    }

    void record(long elapsedNanos) {
        nanos[next.getAndIncrement()] = elapsedNanos;
    }

    int count() {
        return next.get();
    }

    int capacity() {
        return nanos.length;
    }

    /** Nearest-rank percentile in milliseconds; call once recording has finished. */
    double percentileMillis(double percentile) {
        int n = count();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
}
