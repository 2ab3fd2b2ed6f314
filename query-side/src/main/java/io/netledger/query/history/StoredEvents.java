package io.netledger.query.history;

import io.netledger.api.history.FindRecordEvents;
import io.netledger.api.history.RecordEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;

/**
 * The events of one record, read from the store and opened by the application's own event
 * serializer and upcasters, so they read exactly as the projections received them: personal
 * values opened with their subject's key, or marked erased once it is gone.
 */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;
    private final Configuration axon;
    private final QueryGateway queries;

    StoredEvents(JdbcTemplate jdbc, Configuration axon, QueryGateway queries) {
        this.jdbc = jdbc;
        this.axon = axon;
        this.queries = queries;
    }

    /** The record's events after {@code afterPosition}, in position order, at most {@code limit}. */
    List<StoredEvent> of(RecordKind kind, long id, long afterPosition, int limit) {
        return at(positions(new FindRecordEvents(kind.name(), id, afterPosition, null, limit)));
    }

    /** The record's events that happened at or before {@code at}, in position order. */
    List<StoredEvent> until(RecordKind kind, long id, Instant at) {
        return at(positions(new FindRecordEvents(kind.name(), id, 0, at, Integer.MAX_VALUE)));
    }

    private List<Long> positions(FindRecordEvents query) {
        return queries.query(query, ResponseTypes.instanceOf(RecordEvents.class)).join().positions();
    }

    private List<StoredEvent> at(List<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return read(connection -> {
            var statement = connection.prepareStatement("""
                    select global_index, type, aggregate_identifier, sequence_number, event_identifier,
                           time_stamp, payload_type, payload_revision, payload, meta_data
                    from domain_event_entry where global_index = any (?) order by global_index""");
            statement.setArray(1, connection.createArrayOf("bigint", positions.toArray(Long[]::new)));
            return statement;
        });
    }

    /** Every event of the given aggregate types that happened at or before {@code at}, in position order. */
    List<StoredEvent> ofTypesUntil(List<String> aggregateTypes, Instant at) {
        return read("""
                select global_index, type, aggregate_identifier, sequence_number, event_identifier,
                       time_stamp, payload_type, payload_revision, payload, meta_data
                from domain_event_entry
                where type = any (string_to_array(?, ',')) and time_stamp::timestamptz <= ?
                order by global_index""", String.join(",", aggregateTypes), java.sql.Timestamp.from(at));
    }

    /** A setting's id, found by its key. */
    Long settingId(String key) {
        return jdbc.query("select id from system_settings where \"key\" = ?", rows -> rows.next() ? rows.getLong(1) : null,
                key);
    }

    private List<StoredEvent> read(String sql, Object... arguments) {
        return read(connection -> {
            var statement = connection.prepareStatement(sql);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        });
    }

    private List<StoredEvent> read(PreparedStatementCreator statement) {
        List<StoredEvent> events = new ArrayList<>();
        jdbc.query(statement, rows -> {
            GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rows.getString(2), rows.getString(3),
                    rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                    rows.getBytes(9), rows.getBytes(10));
            long position = rows.getLong(1);
            EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), axon.eventSerializer(),
                    axon.upcasterChain()).asStream()
                    .forEach(message -> events.add(new StoredEvent(position, (DomainEventMessage<?>) message)));
        });
        return events;
    }
}
