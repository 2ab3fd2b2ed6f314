package io.netledger.api.telemetry;

import java.time.Instant;
import java.time.LocalDate;

/** Answers a {@link SubscriberLive}, with the usage between the period's first and last moment. */
public record FindSubscriberLive(long subscriptionId, LocalDate periodStart, LocalDate periodEnd, Instant from,
                                 Instant to) {
}
