package io.netledger.saga.cpe;

import io.netledger.api.NotFound;
import io.netledger.api.genieacs.FindGenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationRegistered;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * An integration that staff act on (test it, sync it) as its read model shows it, once that read model holds
 * every event of the integration, as {@code RegisteredNas} does for routers: a test right after a new key must
 * use the new key. An id that names no integration is refused at once.
 */
final class RegisteredAcs {

    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(20);

    private final EventStore events;
    private final QueryGateway queries;

    RegisteredAcs(EventStore events, QueryGateway queries) {
        this.events = events;
        this.queries = queries;
    }

    /** Empty when the read model has not caught up within {@link #LIMIT}; {@link NotFound} for an unknown id. */
    Optional<GenieAcsEndpoint> endpoint(long integrationId) {
        long version = version(integrationId).orElseThrow(
                () -> new NotFound("GenieACS integration " + integrationId + " does not exist"));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            Optional<GenieAcsEndpoint> endpoint = queries.query(new FindGenieAcsEndpoint(integrationId),
                    ResponseTypes.optionalInstanceOf(GenieAcsEndpoint.class)).join();
            if (endpoint.filter(e -> e.aggregateVersion() >= version).isPresent()) {
                return endpoint;
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private OptionalLong version(long integrationId) {
        DomainEventStream stream = events.readEvents(String.valueOf(integrationId), 0);
        if (!stream.hasNext() || !GenieAcsIntegrationRegistered.class.equals(stream.peek().getPayloadType())) {
            return OptionalLong.empty();
        }
        stream.forEachRemaining(event -> {
        });
        return OptionalLong.of(stream.getLastSequenceNumber());
    }
}
