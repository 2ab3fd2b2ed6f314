package io.netledger.api.personal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;

/**
 * A personal value as one event recorded it: its first value, or a value that differs from the one before.
 *
 * @param source         as in {@link HeldValue#source()}
 * @param event          the event's type, e.g. {@code CustomerDetailsChanged}
 * @param sequenceNumber the event's place in its aggregate's stream
 * @param changedBy      the user whose request recorded it; null when NetLedger did
 */
public record RecordedValue(
        String source,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long sourceId,
        String field,
        Object value,
        String event,
        long sequenceNumber,
        OffsetDateTime recordedAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long changedBy) {
}
