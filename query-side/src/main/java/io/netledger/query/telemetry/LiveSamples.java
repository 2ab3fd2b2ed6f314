package io.netledger.query.telemetry;

import io.netledger.api.telemetry.NasPolled;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The polls of this node as they are stored, for the live streams: every client has a buffer of
 * {@link #CLIENT_BUFFER} polls, and a client that lets it fill (it reads slower than the routers are polled) is
 * dropped with an error instead of being buffered without limit. Streams see only the polls stored on the node
 * they are connected to (the polling node, ADR 0021).
 */
@Component
class LiveSamples {

    static final int CLIENT_BUFFER = 64;
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Sinks.Many<NasPolled> polls = Sinks.many().multicast().directBestEffort();

    /** Hands the poll on once its rows are committed: a stream never shows what a rollback took back. */
    void stored(NasPolled poll) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    polls.tryEmitNext(poll);
                }
            });
        } else {
            polls.tryEmitNext(poll);
        }
    }

    /**
     * The polls of one NAS for one client. When its buffer overflows, the client is failed at once rather than
     * after it has read what is buffered (which a stalled client never does): the failure comes beside the
     * buffer, and a merge passes a failure on without waiting for demand.
     */
    Flux<NasPolled> ofNas(long nasId) {
        return Flux.defer(() -> {
            Sinks.Empty<Void> tooSlow = Sinks.empty();
            Flux<NasPolled> buffered = polls.asFlux().filter(poll -> poll.nasServerId() == nasId)
                    .onBackpressureBuffer(CLIENT_BUFFER, dropped -> tooSlow.tryEmitError(Exceptions.failWithOverflow(
                            "a client of the live stream read slower than the routers are polled")),
                            BufferOverflowStrategy.DROP_LATEST);
            return Flux.merge(buffered, tooSlow.asMono().thenMany(Flux.<NasPolled>empty()));
        });
    }
}
