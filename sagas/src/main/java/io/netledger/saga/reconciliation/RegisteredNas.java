package io.netledger.saga.reconciliation;

import io.netledger.api.NotFound;
import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerView;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A NAS that staff act on (test its connection, reconcile it) as its read model shows it, once that read model
 * holds every event of the NAS. The projection lags the event store by up to half a second, and an action on a
 * NAS registered, changed or given a new password a moment ago must see that write: the event store says
 * whether the id names a NAS and at which version it is, and the read model is asked again until its row has
 * reached that version (the row's version is the one its ETag shows, so every event of a NAS moves it), for at
 * most {@link #LIMIT}. An id that names no NAS is refused at once.
 */
final class RegisteredNas {

    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(20);

    private final EventStore events;
    private final QueryGateway queries;

    RegisteredNas(EventStore events, QueryGateway queries) {
        this.events = events;
        this.queries = queries;
    }

    /**
     * How to reach the NAS, as of its last event; empty when its read model has not caught up within
     * {@link #LIMIT}. {@link NotFound} when {@code nasId} names no NAS.
     */
    Optional<NasEndpoint> endpoint(long nasId) {
        long version = version(nasId).orElseThrow(() -> new NotFound("NAS server " + nasId + " does not exist"));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!readableAt(nasId, version)) {
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return queries.query(new FindNasEndpoint(nasId), ResponseTypes.optionalInstanceOf(NasEndpoint.class)).join();
    }

    /** The sequence number of the NAS's last event; empty when the id's first event is no NAS's registration. */
    private OptionalLong version(long nasId) {
        // From the first event on, not from a snapshot: the registration says what the id names.
        DomainEventStream stream = events.readEvents(String.valueOf(nasId), 0);
        if (!stream.hasNext() || !NasServerRegistered.class.equals(stream.peek().getPayloadType())) {
            return OptionalLong.empty();
        }
        stream.forEachRemaining(event -> {
        });
        return OptionalLong.of(stream.getLastSequenceNumber());
    }

    private boolean readableAt(long nasId, long version) {
        return queries.query(new FindNasServer(nasId), ResponseTypes.optionalInstanceOf(NasServerView.class)).join()
                .filter(row -> row.aggregateVersion() >= version).isPresent();
    }
}
