package io.netledger.query.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.history.FindRecordEvents;
import io.netledger.api.history.RecordEvents;
import io.netledger.query.MessageIds;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code record_references}: for every event, the record whose aggregate applied it and
 * every record its payload names by id. A record's history is then its references in position
 * order, whoever's aggregate the events belong to.
 */
@Component
@ProcessingGroup(RecordReferencesProjection.PROCESSING_GROUP)
class RecordReferencesProjection {

    static final String PROCESSING_GROUP = "record-references";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RecordReferencesProjection(JdbcTemplate jdbc, ObjectMapper axonObjectMapper) {
        this.jdbc = jdbc;
        this.json = axonObjectMapper;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        Set<Map.Entry<RecordKind, Long>> named = new LinkedHashSet<>();
        if (message instanceof DomainEventMessage<?> domain) {
            RecordKind.ofAggregate(domain.getType()).ifPresent(kind -> {
                Long id = MessageIds.of(domain.getAggregateIdentifier());
                if (id != null) {
                    named.add(Map.entry(kind, id));
                }
            });
        }
        json.convertValue(event, FIELDS).forEach((field, value) -> RecordKind.ofField(field).ifPresent(kind -> {
            Long id = MessageIds.of(value);
            if (id != null) {
                named.add(Map.entry(kind, id));
            }
        }));
        for (Map.Entry<RecordKind, Long> record : named) {
            // The position is read from the store in the statement itself, as the audit log does: an event
            // that committed late arrives with a token that does not carry its own position.
            jdbc.update("""
                    insert into record_references (record_type, record_id, global_index)
                    select ?, ?, global_index from domain_event_entry where event_identifier = ?
                    on conflict do nothing""", record.getKey().name(), record.getValue(), message.getIdentifier());
        }
    }

    /** Read through the projection, so that a reader waits (503) while the index is rebuilt. */
    @QueryHandler
    RecordEvents handle(FindRecordEvents query) {
        List<Long> positions = query.until() == null
                ? jdbc.queryForList("""
                        select global_index from record_references
                        where record_type = ? and record_id = ? and global_index > ?
                        order by global_index limit ?""", Long.class, query.recordType(), query.recordId(),
                        query.afterPosition(), query.limit())
                : jdbc.queryForList("""
                        select r.global_index from record_references r
                        join domain_event_entry e on e.global_index = r.global_index
                        where r.record_type = ? and r.record_id = ? and r.global_index > ?
                          and e.time_stamp::timestamptz <= ?
                        order by r.global_index limit ?""", Long.class, query.recordType(), query.recordId(),
                        query.afterPosition(), Timestamp.from(query.until()), query.limit());
        return new RecordEvents(positions);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from record_references");
    }
}
