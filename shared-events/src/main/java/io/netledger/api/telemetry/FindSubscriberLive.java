package io.netledger.api.telemetry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Answers a {@link SubscriberLive}, with the usage between the period's first and last moment: as the routers
 * see the subscription now, or when {@code asOf} is set, as the polls up to that moment saw it.
 */
public record FindSubscriberLive(long subscriptionId, LocalDate periodStart, LocalDate periodEnd, Instant from,
                                 Instant to, Instant asOf) {

    public FindSubscriberLive(long subscriptionId, LocalDate periodStart, LocalDate periodEnd, Instant from,
            Instant to) {
        this(subscriptionId, periodStart, periodEnd, from, to, null);
    }
}
