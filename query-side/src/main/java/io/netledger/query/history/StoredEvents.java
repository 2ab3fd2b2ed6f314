package io.netledger.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.springframework.jdbc.core.JdbcTemplate;
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

    StoredEvents(JdbcTemplate jdbc, Configuration axon) {
        this.jdbc = jdbc;
        this.axon = axon;
    }

    /** The record's events after {@code afterPosition}, in position order, at most {@code limit}. */
    List<StoredEvent> of(RecordKind kind, long id, long afterPosition, int limit) {
        return read("""
                select e.global_index, e.type, e.aggregate_identifier, e.sequence_number, e.event_identifier,
                       e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                from record_references r join domain_event_entry e on e.global_index = r.global_index
                where r.record_type = ? and r.record_id = ? and r.global_index > ?
                order by r.global_index limit ?""", kind.name(), id, afterPosition, limit);
    }

    /** The record's events that happened at or before {@code at}, in position order. */
    List<StoredEvent> until(RecordKind kind, long id, Instant at) {
        return read("""
                select e.global_index, e.type, e.aggregate_identifier, e.sequence_number, e.event_identifier,
                       e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                from record_references r join domain_event_entry e on e.global_index = r.global_index
                where r.record_type = ? and r.record_id = ? and e.time_stamp::timestamptz <= ?
                order by r.global_index""", kind.name(), id, java.sql.Timestamp.from(at));
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
        List<StoredEvent> events = new ArrayList<>();
        jdbc.query(sql, rows -> {
            GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rows.getString(2), rows.getString(3),
                    rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                    rows.getBytes(9), rows.getBytes(10));
            long position = rows.getLong(1);
            EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), axon.eventSerializer(),
                    axon.upcasterChain()).asStream()
                    .forEach(message -> events.add(new StoredEvent(position, (DomainEventMessage<?>) message)));
        }, arguments);
        return events;
    }
}
