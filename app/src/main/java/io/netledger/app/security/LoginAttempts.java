package io.netledger.app.security;

import java.time.Duration;

/**
 * Failed logins counted per key (an account, a client address) over a window, and the lockouts they
 * cause. In Redis when NETLEDGER_REDIS_URL is set, so that every node of a cluster counts the same
 * attempts; in this node's memory otherwise.
 */
interface LoginAttempts {

    /** How long {@code key} stays locked out; zero when it is not. */
    Duration lockedFor(String key);

    /**
     * Counts a failure of {@code key}; the {@code limit}-th within {@code window} of the first locks the key out
     * for {@code lockout} and starts the count again.
     */
    void failed(String key, int limit, Duration window, Duration lockout);

    /** Forgets the failures of {@code key} (its lockout, if any, runs on). */
    void cleared(String key);
}
