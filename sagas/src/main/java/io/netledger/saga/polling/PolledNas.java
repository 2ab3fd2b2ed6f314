package io.netledger.saga.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** What the poller keeps of one NAS between its polls; one poll of a NAS runs at a time. */
final class PolledNas {

    final long nasId;
    final TrafficBaseline baseline = new TrafficBaseline();
    final Reachability reachability = new Reachability();
    final AtomicBoolean polling = new AtomicBoolean();
    /** The interval its slots were counted in, as its configuration said at the last tick. */
    Duration interval;
    /** The slot last polled in; the first tick polls at once. */
    long lastSlot = Long.MIN_VALUE;
    volatile Instant lastSeen;

    PolledNas(long nasId) {
        this.nasId = nasId;
    }
}
