package io.netledger.app.axon;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event storage for a store that holds no snapshots. NetLedger's aggregates are short
 * (a subscription has tens of events, not thousands), so it takes none; yet every aggregate load
 * would first ask the snapshot table, one query more for every command and every lookup. Storing
 * a snapshot is refused rather than ignored: whoever switches snapshots on must remove this class,
 * or loads would silently skip them.
 */
final class JdbcEventsWithoutSnapshots extends JdbcEventStorageEngine {

    JdbcEventsWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("NetLedger's event store takes no snapshots ("
                + snapshot.getAggregateIdentifier() + "): see " + JdbcEventsWithoutSnapshots.class.getName());
    }
}
