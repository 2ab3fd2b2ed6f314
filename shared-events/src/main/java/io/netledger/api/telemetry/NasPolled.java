package io.netledger.api.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a NAS read: its load, memory and uptime, the bandwidth of each interface since the previous
 * poll (none on the first poll, or after the router restarted and left nothing to compare), how many sessions
 * are up, and the subscriptions among them. Telemetry, not an event: it goes to {@code monitoring_data}.
 *
 * @param rates               empty when there is no earlier reading of the same boot to compare with
 * @param connectionCount     active PPP sessions, a subscription's or not
 * @param sessions            the sessions that belong to a subscription of this NAS
 */
public record NasPolled(long nasServerId, Instant polledAt, int cpuUsagePercent, double memoryUsedPercent,
                        long uptimeSeconds, List<InterfaceRate> rates, int connectionCount,
                        List<SubscriberSession> sessions) {

    public NasPolled {
        if (polledAt == null) {
            throw new IllegalArgumentException("a poll has a time");
        }
        rates = List.copyOf(rates);
        sessions = List.copyOf(sessions);
    }
}
