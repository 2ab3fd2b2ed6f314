package io.netledger.api.telemetry;

import java.time.OffsetDateTime;

/**
 * A subscription as the routers last saw it: online or not, since when, from which address and customer router,
 * and what it used in its current billing period.
 *
 * @param sessionSince null while offline
 * @param lastSeen     the last poll that saw it, online or going offline; null when never seen
 */
public record SubscriberLive(boolean online, OffsetDateTime sessionSince, String address, String callerMac,
                             OffsetDateTime lastSeen, Usage usageThisPeriod) {
}
