package io.netledger.saga.provisioning;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a router call again after it failed with a "retry later" error: exponential backoff from an
 * initial delay, multiplied each attempt and capped, for at most a given number of attempts, optionally with
 * full jitter (a uniformly random delay between zero and the backoff) so that many subscriptions waiting on
 * the same router do not all hit it in the same second once it is back.
 *
 * <p>Attempts are numbered from 1, and attempt 1 is the original call: the first backoff delay comes before
 * attempt 2. The random source is injected, so tests can make jitter deterministic.
 */
final class RetrySchedule {

    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final RandomGenerator jitter;
    /** Whether jitter keeps half the backoff ("equal jitter") instead of drawing from zero ("full jitter"). */
    private final boolean keepHalf;

    private RetrySchedule(Duration initialDelay, double multiplier, Duration maxDelay, int maxAttempts,
            RandomGenerator jitter, boolean keepHalf) {
        this.initialDelay = initialDelay;
        this.multiplier = multiplier;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
        this.jitter = jitter;
        this.keepHalf = keepHalf;
    }

    /**
     * Backoff without jitter. The delays are {@code initialDelay × multiplier^(n-2)} before attempt {@code n},
     * never more than {@code maxDelay}.
     */
    static RetrySchedule exponential(Duration initialDelay, double multiplier, Duration maxDelay,
            int maxAttempts) {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initial delay must be positive: " + initialDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number of at least 1: " + multiplier);
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maximum delay " + maxDelay + " is below the initial delay "
                    + initialDelay);
        }
        // A wait of more than a day is no longer a retry; the bound also keeps the arithmetic in nanoseconds safe.
        if (maxDelay.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("maximum delay must be at most a day: " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("there must be at least one attempt: " + maxAttempts);
        }
        return new RetrySchedule(initialDelay, multiplier, maxDelay, maxAttempts, null, false);
    }

    /**
     * For a MikroTik that is rebooting or briefly unreachable: 5 s, doubling, capped at 10 min, 12 attempts.
     * A RouterOS reboot takes one to three minutes, so the first short retries absorb a dropped API session,
     * the doubling covers a reboot by the sixth or seventh attempt, and the cap keeps us from waiting long after
     * the router is back. Twelve attempts span about 50 minutes (5+10+…+320 s, then 600 s four times): past a
     * reboot or a short power cut, at which point a person should look rather than the saga retry forever.
     */
    static RetrySchedule forRebootingRouter() {
        return exponential(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10), 12);
    }

    /** This schedule with full jitter: each delay drawn uniformly from zero to the backoff, both included. */
    RetrySchedule withFullJitter(RandomGenerator random) {
        Objects.requireNonNull(random, "random generator for jitter");
        return new RetrySchedule(initialDelay, multiplier, maxDelay, maxAttempts, random, false);
    }

    /**
     * This schedule with equal jitter: each delay is half the backoff plus a uniform draw up to the other half.
     * Retries still spread out, and none comes sooner than half the backoff, so a retry never lands in the
     * short while after its own failure when {@link RouterOutages} keeps everyone off that router.
     */
    RetrySchedule withEqualJitter(RandomGenerator random) {
        Objects.requireNonNull(random, "random generator for jitter");
        return new RetrySchedule(initialDelay, multiplier, maxDelay, maxAttempts, random, true);
    }

    /**
     * How long to wait before attempt {@code attempt} (1-based): zero for the original call, the backoff for a
     * retry, empty once the attempts are spent.
     */
    Optional<Duration> delayBeforeAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1: " + attempt);
        }
        if (attempt > maxAttempts) {
            return Optional.empty();
        }
        if (attempt == 1) {
            return Optional.of(Duration.ZERO);
        }
        // In double, so a long schedule or a large multiplier saturates at the cap instead of overflowing.
        double backoff = initialDelay.toNanos() * Math.pow(multiplier, attempt - 2);
        long ceiling = (long) Math.min(Math.rint(backoff), maxDelay.toNanos());
        long floor = keepHalf ? ceiling / 2 : 0;
        long delay = jitter == null ? ceiling : floor + jitter.nextLong(ceiling - floor + 1);
        return Optional.of(Duration.ofNanos(delay));
    }

    /** Whether no attempt is left after {@code attemptsMade} attempts (the original call included). */
    boolean isExhausted(int attemptsMade) {
        if (attemptsMade < 0) {
            throw new IllegalArgumentException("attempts made cannot be negative: " + attemptsMade);
        }
        return attemptsMade >= maxAttempts;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public String toString() {
        return "RetrySchedule[" + initialDelay + " x" + multiplier + " up to " + maxDelay + ", " + maxAttempts
                + " attempts" + (jitter == null ? "" : keepHalf ? ", equal jitter" : ", full jitter") + "]";
    }
}
