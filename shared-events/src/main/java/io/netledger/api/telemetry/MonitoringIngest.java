package io.netledger.api.telemetry;

import java.time.Instant;

/**
 * Where the router poller hands what it read: the read side writes it in batches into the monthly partitions of
 * {@code monitoring_data} and keeps the last poll of each NAS and subscription for the lists. A port rather than
 * an event because telemetry is not event-sourced; the app wires the read side's implementation into the poller.
 */
public interface MonitoringIngest {

    /** Stores one poll; the subscriptions of the NAS missing from {@code poll.sessions()} are offline from now. */
    void record(NasPolled poll);

    /**
     * The NAS is no longer seen (down, or no longer polled): none of its subscriptions is known to be online, so
     * none is shown so.
     */
    void unseen(long nasServerId, Instant at);
}
