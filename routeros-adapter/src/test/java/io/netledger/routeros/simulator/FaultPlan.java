package io.netledger.routeros.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Faults a test wants the router to show. A fault aimed at a command path applies to the
 * next occurrences of that command on any connection; random faults and latency apply to
 * every command after login. Faults aimed at a path win over random ones.
 */
public final class FaultPlan {

    private static final String LOGIN = "/login";

    private final List<Aimed> aimed = new ArrayList<>();
    private final List<AtRandom> atRandom = new ArrayList<>();
    private Duration latency = Duration.ZERO;

    FaultPlan() {
    }

    /** Delays the answer to every command, login included, as a slow or distant router does. */
    public synchronized FaultPlan latency(Duration perReply) {
        if (perReply == null || perReply.isNegative()) {
            throw new IllegalArgumentException("latency is zero or more, not " + perReply);
        }
        latency = perReply;
        return this;
    }

    /**
     * The next {@code times} occurrences of {@code commandPath} (e.g. {@code /ppp/secret/add})
     * meet {@code fault}; {@link Integer#MAX_VALUE} means every occurrence.
     */
    public synchronized FaultPlan on(String commandPath, Fault fault, int times) {
        if (commandPath == null || !commandPath.startsWith("/")) {
            throw new IllegalArgumentException("a command path starts with '/': " + commandPath);
        }
        if (times < 1) {
            throw new IllegalArgumentException("a fault applies at least once, not " + times + " times");
        }
        aimed.add(new Aimed(commandPath, Objects.requireNonNull(fault, "fault"), times));
        return this;
    }

    /** Faults for {@code /login}; with the pre-6.43 challenge each of its two steps counts once. */
    public FaultPlan onLogin(Fault fault, int times) {
        return on(LOGIN, fault, times);
    }

    /** Each command after login meets {@code fault} with {@code probability}, repeatably for a seed. */
    public synchronized FaultPlan randomly(double probability, Fault fault, long seed) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is within 0-1, not " + probability);
        }
        atRandom.add(new AtRandom(probability, Objects.requireNonNull(fault, "fault"), new Random(seed)));
        return this;
    }

    public synchronized void clear() {
        aimed.clear();
        atRandom.clear();
        latency = Duration.ZERO;
    }

    synchronized Duration latency() {
        return latency;
    }

    /** The fault this occurrence of the command meets, counting it against aimed faults. */
    synchronized Optional<Fault> next(String commandPath) {
        for (Iterator<Aimed> it = aimed.iterator(); it.hasNext(); ) {
            Aimed candidate = it.next();
            if (candidate.commandPath.equals(commandPath)) {
                if (candidate.remaining != Integer.MAX_VALUE && --candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        if (commandPath.equals(LOGIN)) {
            return Optional.empty();
        }
        for (AtRandom candidate : atRandom) {
            if (candidate.random.nextDouble() < candidate.probability) {
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    private static final class Aimed {
        private final String commandPath;
        private final Fault fault;
        private int remaining;

        private Aimed(String commandPath, Fault fault, int remaining) {
            this.commandPath = commandPath;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private record AtRandom(double probability, Fault fault, Random random) {
    }
}
