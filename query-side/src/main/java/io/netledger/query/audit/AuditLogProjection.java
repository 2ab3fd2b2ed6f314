package io.netledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.AuditModel;
import io.netledger.api.Ids;
import io.netledger.api.personal.Erased;
import io.netledger.api.personal.Fingerprints;
import io.netledger.api.personal.PersonalComponents;
import io.netledger.query.MessageIds;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns every event of every aggregate into a row of {@code audit_logs}: who (user id from
 * the metadata the API attached to the command), what (action, model type and id, old and
 * new values) and from where (client IP, user agent). A row's id is the event's position
 * in the store, so a replay rewrites the same rows instead of adding new ones.
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = "audit";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Fingerprints prints;

    AuditLogProjection(JdbcTemplate jdbc, ObjectMapper axonObjectMapper, Fingerprints prints) {
        this.jdbc = jdbc;
        this.json = axonObjectMapper;
        this.prints = prints;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) throws JsonProcessingException {
        Map<String, Object> fields = json.convertValue(event, FIELDS);
        AuditModel part = event.getClass().getAnnotation(AuditModel.class);
        String modelType;
        Long modelId;
        boolean first;
        if (part != null) {
            modelType = part.type();
            modelId = MessageIds.of(fields.get(part.idField()));
            first = false;
        } else {
            modelType = message instanceof DomainEventMessage<?> domain && domain.getType() != null
                    ? domain.getType() : event.getClass().getSimpleName();
            modelId = message instanceof DomainEventMessage<?> domain ? MessageIds.of(domain.getAggregateIdentifier()) : null;
            // An aggregate's first event has nothing before it: no lookup.
            first = message instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0;
        }
        Map<String, Object> lastKnown = modelId == null || first ? Map.of() : lastKnown(modelType, modelId);
        Optional<PersonalComponents> personal = PersonalComponents.of(event.getClass());
        AuditedChange change = AuditedChange.of(event, fields, modelId, lastKnown,
                personal.map(PersonalComponents::names).orElse(Set.of()), value -> print(personal.get(), fields, value));

        MetaData meta = message.getMetaData();
        // The row's id is the event's own global index, read from the store in the same statement. The
        // tracking token will not do: an event committed after a later one (two commands in parallel) arrives
        // as a filled gap, whose token carries the later, higher index, and its row would collide with that one.
        jdbc.update("""
                insert into audit_logs (id, user_id, action, model_type, model_id, old_values, new_values,
                                        ip_address, user_agent, created_at)
                select coalesce((select global_index from domain_event_entry where event_identifier = ?), ?),
                       ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?
                on conflict do nothing""",
                message.getIdentifier(), Ids.next(), MessageIds.of(meta.get("userId")), change.action(), modelType,
                modelId, jsonOrNull(change.oldValues()), jsonOrNull(change.newValues()),
                text(meta.get("clientIp"), 45), text(meta.get("userAgent"), 512),
                Timestamp.from(message.getTimestamp()));
        if (modelId != null) {
            jdbc.update("""
                    insert into audit_model_state (model_type, model_id, state) values (?, ?, ?::jsonb)
                    on conflict (model_type, model_id) do update set state = excluded.state""",
                    modelType, modelId, json.writeValueAsString(change.stateAfter()));
        }
    }

    /** The print of a personal value, or the erased mark once its subject has no key. */
    private String print(PersonalComponents personal, Map<String, Object> fields, Object value) {
        Long subject = MessageIds.of(fields.get(personal.idField()));
        String text = value instanceof String s ? s : jsonText(value);
        if (subject == null || Erased.isErased(text)) {
            return Erased.TEXT;
        }
        return prints.of(personal.kind(), subject, text).orElse(Erased.TEXT);
    }

    private String jsonText(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a personal value that cannot be written as JSON", e);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from audit_model_state");
    }

    private Map<String, Object> lastKnown(String modelType, long modelId) {
        return jdbc.query("select state from audit_model_state where model_type = ? and model_id = ?", rs -> {
            if (!rs.next()) {
                return Map.<String, Object>of();
            }
            try {
                return json.readValue(rs.getString(1), FIELDS);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable audit state of " + modelType + " " + modelId, e);
            }
        }, modelType, modelId);
    }

    private String jsonOrNull(Map<String, Object> values) throws JsonProcessingException {
        return values.isEmpty() ? null : json.writeValueAsString(values);
    }

    private static String text(Object value, int max) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() <= max ? s : s.substring(0, max);
    }
}
