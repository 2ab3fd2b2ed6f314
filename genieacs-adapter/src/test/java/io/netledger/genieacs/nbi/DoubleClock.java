package io.netledger.genieacs.nbi;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** The double's time: the system's by default, moved by hand in tests of "informed since the last sync". */
public final class DoubleClock implements InstantSource {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }
}
