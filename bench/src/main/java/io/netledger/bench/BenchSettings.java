package io.netledger.bench;

import java.time.Duration;

/**
 * How much to run: {@code --count=N --warmup=W --timeout=S} on the command line, or
 * BENCH_COUNT, BENCH_WARMUP, BENCH_TIMEOUT_SECONDS in the environment.
 */
record BenchSettings(int count, int warmUp, Duration catchUpTimeout) {

    static final int LOW_IN_FLIGHT = 1;
    static final int HIGH_IN_FLIGHT = 32;
    /** The target: commands/s at 32 in flight over raw inserts/s at 32. */
    static final double TARGET_RATIO = 0.40;

    static BenchSettings from(String[] args) {
        int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_COUNT", "2000"));
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "300"));
        long timeout = Long.parseLong(System.getenv().getOrDefault("BENCH_TIMEOUT_SECONDS", "300"));
        for (String arg : args) {
            if (arg.startsWith("--count=")) {
                count = Integer.parseInt(arg.substring("--count=".length()));
            } else if (arg.startsWith("--warmup=")) {
                warmUp = Integer.parseInt(arg.substring("--warmup=".length()));
            } else if (arg.startsWith("--timeout=")) {
                timeout = Long.parseLong(arg.substring("--timeout=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; use --count=N --warmup=W --timeout=SECONDS");
            }
        }
        if (count < 1 || warmUp < 0 || timeout < 1) {
            throw new IllegalArgumentException("count must be >= 1, warmup >= 0, timeout >= 1");
        }
        return new BenchSettings(count, warmUp, Duration.ofSeconds(timeout));
    }
}
