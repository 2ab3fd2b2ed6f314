package io.netledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Login attempts in this node's memory: one node, and a restart forgets them. */
final class AttemptsInMemory implements LoginAttempts {

    /** Past this many keys, those whose window and lockout are over are dropped before another is added. */
    private static final int PURGE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Attempts> byKey = new ConcurrentHashMap<>();

    AttemptsInMemory(Clock clock) {
        this.clock = clock;
    }

    private record Attempts(int failures, Instant windowEnds, Instant lockedUntil) {
    }

    @Override
    public Duration lockedFor(String key) {
        Attempts attempts = byKey.get(key);
        Instant now = clock.instant();
        return attempts == null || attempts.lockedUntil() == null || !attempts.lockedUntil().isAfter(now)
                ? Duration.ZERO : Duration.between(now, attempts.lockedUntil());
    }

    @Override
    public void failed(String key, int limit, Duration window, Duration lockout) {
        if (byKey.size() > PURGE_ABOVE) {
            purge();
        }
        Instant now = clock.instant();
        byKey.compute(key, (k, known) -> {
            Instant lockedUntil = known == null ? null : known.lockedUntil();
            boolean counting = known != null && known.windowEnds().isAfter(now);
            int failures = counting ? known.failures() + 1 : 1;
            Instant windowEnds = counting ? known.windowEnds() : now.plus(window);
            return failures >= limit ? new Attempts(0, now, now.plus(lockout))
                    : new Attempts(failures, windowEnds, lockedUntil);
        });
    }

    @Override
    public void cleared(String key) {
        byKey.computeIfPresent(key, (k, known) -> known.lockedUntil() != null
                && known.lockedUntil().isAfter(clock.instant()) ? new Attempts(0, known.windowEnds(),
                known.lockedUntil()) : null);
    }

    private void purge() {
        Instant now = clock.instant();
        byKey.entrySet().removeIf(entry -> !entry.getValue().windowEnds().isAfter(now)
                && (entry.getValue().lockedUntil() == null || !entry.getValue().lockedUntil().isAfter(now)));
    }
}
