package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.telemetry.NasPolled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Exceptions;
import reactor.core.publisher.BaseSubscriber;

class LiveSamplesTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private final LiveSamples live = new LiveSamples();

    @Test
    void aClientReadsThePollsOfItsNasOnly() {
        List<Long> seen = new ArrayList<>();
        live.ofNas(1).subscribe(poll -> seen.add(poll.nasServerId()));

        live.stored(poll(1));
        live.stored(poll(2));
        live.stored(poll(1));

        assertThat(seen).containsExactly(1L, 1L);
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhenItsBufferIsFullWhileOthersGoOn() {
        AtomicReference<Throwable> dropped = new AtomicReference<>();
        live.ofNas(1).subscribe(new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            protected void hookOnError(Throwable failure) {
                dropped.set(failure);
            }
        });
        List<NasPolled> fast = new ArrayList<>();
        live.ofNas(1).subscribe(fast::add);

        // the buffer, and what the merge in front of it prefetches, fill up well before this
        int polls = LiveSamples.CLIENT_BUFFER * 3;
        for (int i = 0; i < polls; i++) {
            live.stored(poll(1));
        }

        assertThat(dropped.get()).matches(Exceptions::isOverflow);
        assertThat(fast).hasSize(polls);
    }

    private static NasPolled poll(long nas) {
        return new NasPolled(nas, AT, 5, 10.0, 60, List.of(), 0, List.of());
    }
}
