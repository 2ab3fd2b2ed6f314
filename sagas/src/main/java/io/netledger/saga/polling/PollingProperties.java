package io.netledger.saga.polling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How routers are polled ({@code netledger.polling}, environment {@code NETLEDGER_POLLING_*}): whether at all,
 * how often by default (a NAS's {@code configuration.pollInterval} overrides it), how many routers are read at
 * once, and how often the poller looks at the clock to start the polls that are due.
 */
@ConfigurationProperties("netledger.polling")
record PollingProperties(Boolean enabled, Duration every, Integer threads, Duration tick) {

    PollingProperties {
        enabled = enabled == null || enabled;
        every = every == null ? Duration.ofSeconds(60) : every;
        threads = threads == null ? 16 : threads;
        tick = tick == null ? Duration.ofSeconds(1) : tick;
        if (every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("netledger.polling.every must be at least 1s, not " + every);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("netledger.polling.threads must be at least 1, not " + threads);
        }
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("netledger.polling.tick must be positive, not " + tick);
        }
    }
}
