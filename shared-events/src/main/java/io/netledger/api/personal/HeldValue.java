package io.netledger.api.personal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;

/**
 * A personal value as NetLedger holds it now.
 *
 * @param source    what the value belongs to, in lower case: {@code customer}, {@code user}, {@code customer_network},
 *                  {@code invoice}
 * @param sourceId  that record's id
 * @param field     the field's name, as in the event
 * @param value     text, a date or a map, as the event holds it
 * @param since     when it took this value
 * @param changedBy the user whose request recorded it; null when NetLedger did (a saga, a migration)
 */
public record HeldValue(
        String source,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long sourceId,
        String field,
        Object value,
        OffsetDateTime since,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long changedBy) {
}
