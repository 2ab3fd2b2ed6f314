package io.netledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How much to run: {@code --count=N --warmup=W --timeout=SECONDS} on the command line, or
 * BENCH_COUNT, BENCH_WARMUP, BENCH_TIMEOUT_SECONDS in the environment. Any other
 * {@code --name=value} goes to the application as a Spring property, so a setting such as
 * {@code --netledger.db.pool-size=60} can be tried without a rebuild.
 * {@code --pause-read-side} stops the event processors while commands run: a diagnostic
 * that shows the command side's own cost, never a result for the target.
 */
record BenchSettings(int count, int warmUp, Duration catchUpTimeout, boolean pauseReadSide,
        List<String> appProperties) {

    static final int LOW_IN_FLIGHT = 1;
    static final int HIGH_IN_FLIGHT = 32;
    /** The target: commands/s at 32 in flight over raw inserts/s at 32. */
    static final double TARGET_RATIO = 0.40;

    static BenchSettings from(String[] args) {
        return from(args, Integer.parseInt(System.getenv().getOrDefault("BENCH_COUNT", "20000")));
    }

    /** For a bench whose size is its own ({@code --count=N} still overrides it). */
    static BenchSettings from(String[] args, int defaultCount) {
        int count = defaultCount;
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "2000"));
        long timeout = Long.parseLong(System.getenv().getOrDefault("BENCH_TIMEOUT_SECONDS", "300"));
        boolean pauseReadSide = false;
        List<String> appProperties = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--count=")) {
                count = Integer.parseInt(arg.substring("--count=".length()));
            } else if (arg.startsWith("--warmup=")) {
                warmUp = Integer.parseInt(arg.substring("--warmup=".length()));
            } else if (arg.startsWith("--timeout=")) {
                timeout = Long.parseLong(arg.substring("--timeout=".length()));
            } else if (arg.equals("--pause-read-side")) {
                pauseReadSide = true;
            } else if (arg.startsWith("--netledger.db.url=") || arg.startsWith("--netledger.data-dir=")) {
                // The bench derives both from the environment to isolate its data; a second value would clash.
                throw new IllegalArgumentException("give the database and data directory as NETLEDGER_DB_URL and"
                        + " NETLEDGER_DATA_DIR, not as " + arg.substring(0, arg.indexOf('=')));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                appProperties.add(arg);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; use --count=N --warmup=W --timeout=SECONDS --pause-read-side or --spring.property=value");
            }
        }
        if (count < 1 || warmUp < 0 || timeout < 1) {
            throw new IllegalArgumentException("count must be >= 1, warmup >= 0, timeout >= 1");
        }
        return new BenchSettings(count, warmUp, Duration.ofSeconds(timeout), pauseReadSide,
                List.copyOf(appProperties));
    }
}
