package io.netledger.query.personal;

import io.netledger.api.personal.HeldValue;
import io.netledger.api.personal.PersonalComponents;
import io.netledger.api.personal.RecordedValue;
import io.netledger.api.personal.SubjectKind;
import io.netledger.query.MessageIds;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The personal values one customer's event streams hold about him and his logins, folded stream by stream. An event
 * may carry a record's whole state each time (CustomerDetailsChanged repeats every field): a value is history only
 * when it differs from the one before it. A null clears the field: what is no longer held is not current, though
 * its history stays.
 */
final class PersonalHistory {

    private record Field(Source source, String name) {
    }

    private final long customerId;
    private final Set<Long> logins;
    private final Map<Field, Object> lastSeen = new HashMap<>();
    private final Map<Field, RecordedValue> current = new LinkedHashMap<>();
    private final List<RecordedValue> history = new ArrayList<>();

    /** @param logins the customer's portal logins, whose own data is his too */
    PersonalHistory(long customerId, Set<Long> logins) {
        this.customerId = customerId;
        this.logins = Set.copyOf(logins);
    }

    /** One aggregate's events in their order; events about somebody else (or nobody) are passed over. */
    void read(Iterable<? extends DomainEventMessage<?>> stream) {
        for (DomainEventMessage<?> message : stream) {
            Object event = message.getPayload();
            PersonalComponents.of(event.getClass())
                    .filter(components -> isAboutHim(components.kind(), components.subjectOf(event)))
                    .ifPresent(components -> record(message, components.valuesOf(event)));
        }
    }

    /** Per source and field, in the order each was first recorded. */
    List<HeldValue> current() {
        return current.values().stream().map(v -> new HeldValue(v.source(), v.sourceId(), v.field(), v.value(),
                v.recordedAt(), v.changedBy())).toList();
    }

    /** Across all streams by the time each was recorded; within one stream in its order. */
    List<RecordedValue> history() {
        return history.stream().sorted(Comparator.comparing(RecordedValue::recordedAt)).toList();
    }

    private boolean isAboutHim(SubjectKind kind, Long subject) {
        return subject != null && switch (kind) {
            case CUSTOMER -> subject == customerId;
            case USER -> logins.contains(subject);
        };
    }

    private void record(DomainEventMessage<?> message, Map<String, Object> values) {
        Source source = Source.of(message);
        values.forEach((name, value) -> {
            Field field = new Field(source, name);
            boolean known = lastSeen.containsKey(field);
            Object before = lastSeen.put(field, value);
            if (value == null) {
                current.remove(field);
            } else if (!known || !Objects.equals(before, value)) {
                RecordedValue recorded = new RecordedValue(source.type(), source.id(), name, value,
                        message.getPayloadType().getSimpleName(), message.getSequenceNumber(),
                        message.getTimestamp().atOffset(ZoneOffset.UTC), userOf(message));
                history.add(recorded);
                current.put(field, recorded);
            }
        });
    }

    /** The acting user the API put in the command's metadata; sagas' own commands carry none. */
    private static Long userOf(DomainEventMessage<?> message) {
        return MessageIds.of(message.getMetaData().get("userId"));
    }
}
