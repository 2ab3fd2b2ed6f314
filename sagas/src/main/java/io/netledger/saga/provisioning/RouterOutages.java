package io.netledger.saga.provisioning;

import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routers that did not answer a moment ago, so that the next subscriptions waiting on the same router are
 * scheduled for a retry at once instead of each holding a saga thread for a connect timeout. Without it, a
 * dead router with a thousand paid subscriptions stalls provisioning on every other router for an hour.
 * Per node and in memory: a restart only costs one timeout per router.
 */
final class RouterOutages {

    private final Duration quietFor;
    private final Clock clock;
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();

    RouterOutages(Duration quietFor, Clock clock) {
        this.quietFor = quietFor;
        this.clock = clock;
    }

    /** Fails fast when the router failed to answer less than the quiet time ago. */
    void checkReachable(RouterLogin nas) throws RouterFailure {
        Instant since = downSince.get(key(nas));
        if (since != null && clock.instant().isBefore(since.plus(quietFor))) {
            throw new RouterUnavailable("router " + key(nas) + " did not answer at " + since
                    + "; not asked again before " + since.plus(quietFor));
        }
    }

    void down(RouterLogin nas) {
        downSince.put(key(nas), clock.instant());
    }

    void up(RouterLogin nas) {
        downSince.remove(key(nas));
    }

    private static String key(RouterLogin nas) {
        return nas.host() + ":" + nas.port();
    }
}
