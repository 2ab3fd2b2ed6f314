package io.netledger.query.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.netledger.api.IspCalendar;
import io.netledger.api.secret.Sealed;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A record's history as an auditor reads it: each event with where it stands in the store, when
 * it happened, who or what caused it and from where, and its payload with every secret shown as
 * redacted (a sealed password or key, a password hash).
 */
@Component
class RecordHistory {

    static final String REDACTED = "[redacted]";
    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|secret|apikey|serverkey|token).*");
    private static final String SYSTEM_AGENT = "netledger/";

    private final StoredEvents events;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final IspCalendar calendar;

    RecordHistory(StoredEvents events, JdbcTemplate jdbc, ObjectMapper axonObjectMapper, IspCalendar calendar) {
        this.events = events;
        this.jdbc = jdbc;
        this.json = axonObjectMapper.copy().registerModule(new SimpleModule().addSerializer(Sealed.class,
                new JsonSerializer<Sealed>() {
                    @Override
                    public void serialize(Sealed value, JsonGenerator out, SerializerProvider serializers)
                            throws IOException {
                        out.writeString(REDACTED);
                    }
                }));
        this.calendar = calendar;
    }

    /** Up to {@code size} events of the record after {@code afterPosition}; empty when it has none there. */
    List<Map<String, Object>> page(RecordKind kind, long id, long afterPosition, int size) {
        List<Map<String, Object>> page = new ArrayList<>();
        for (StoredEvent event : events.of(kind, id, afterPosition, size)) {
            page.add(entry(kind, id, event));
        }
        return page;
    }

    private Map<String, Object> entry(RecordKind kind, long id, StoredEvent event) {
        DomainEventMessage<?> message = event.message();
        MetaData meta = message.getMetaData();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("position", event.position());
        entry.put("eventType", message.getPayloadType().getSimpleName());
        entry.put("aggregateType", message.getType());
        entry.put("aggregateId", message.getAggregateIdentifier());
        entry.put("sequence", message.getSequenceNumber());
        entry.put("ownEvent", kind.aggregateType().equals(message.getType())
                && String.valueOf(id).equals(message.getAggregateIdentifier()));
        entry.put("occurredAt", OffsetDateTime.ofInstant(message.getTimestamp(), calendar.zone()).toString());
        entry.put("who", who(meta));
        entry.put("clientIp", meta.get("clientIp"));
        entry.put("userAgent", meta.get("userAgent"));
        entry.put("correlationId", meta.get("correlationId"));
        entry.put("traceId", meta.get("traceId"));
        entry.put("payload", json.convertValue(redacted(json.valueToTree(message.getPayload())), Object.class));
        return entry;
    }

    /**
     * A handler that reacted to an event (a saga, a process) sends its commands with that event as their
     * correlation; a person's request carries his user id; the application's own jobs name themselves in the
     * user agent; a gateway's notification arrives without a login on its webhook.
     */
    private Map<String, Object> who(MetaData meta) {
        Map<String, Object> who = new LinkedHashMap<>();
        Object correlation = meta.get("correlationId");
        Map<String, Object> cause = correlation == null ? null : causeEvent(correlation.toString());
        Object userId = meta.get("userId");
        Object agent = meta.get("userAgent");
        if (cause != null) {
            who.put("kind", "process");
            who.put("causedBy", cause);
            if (userId != null) {
                who.put("onBehalfOf", user(userId.toString()));
            }
        } else if (userId != null) {
            who.put("kind", "user");
            who.putAll(user(userId.toString()));
        } else if (meta.get("webhook") != null) {
            who.put("kind", "gateway");
            who.put("name", meta.get("webhook"));
        } else if (agent != null && agent.toString().startsWith(SYSTEM_AGENT)) {
            who.put("kind", "system");
            who.put("name", agent.toString().substring(SYSTEM_AGENT.length()));
        } else {
            who.put("kind", "process");
        }
        return who;
    }

    private Map<String, Object> causeEvent(String eventIdentifier) {
        return jdbc.query("select global_index, payload_type, type, aggregate_identifier from domain_event_entry "
                + "where event_identifier = ?", rows -> {
                    if (!rows.next()) {
                        return null;
                    }
                    Map<String, Object> cause = new LinkedHashMap<>();
                    cause.put("position", rows.getLong(1));
                    String type = rows.getString(2);
                    cause.put("eventType", type.substring(type.lastIndexOf('.') + 1));
                    cause.put("aggregateType", rows.getString(3));
                    cause.put("aggregateId", rows.getString(4));
                    return cause;
                }, eventIdentifier);
    }

    private Map<String, Object> user(String userId) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("userId", userId);
        long id;
        try {
            id = Long.parseLong(userId);
        } catch (NumberFormatException e) {
            return user;
        }
        jdbc.query("select name, role from users where id = ?", rows -> {
            user.put("name", rows.getString(1));
            user.put("role", rows.getString(2));
        }, id);
        return user;
    }

    private static JsonNode redacted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (SECRET_FIELD.matcher(name).matches() && !value.isNull() && !value.isBoolean()) {
                    object.set(name, TextNode.valueOf(REDACTED));
                } else {
                    redacted(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(RecordHistory::redacted);
        }
        return node;
    }
}
