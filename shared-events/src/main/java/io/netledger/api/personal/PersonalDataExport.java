package io.netledger.api.personal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every personal value about one customer in the event store: {@code current} what is held now, one entry per
 * source and field, and {@code history} each value in the order it was recorded. After an erasure the values read
 * as {@link Erased}, and {@code erasedAt} says since when.
 */
public record PersonalDataExport(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long customerId,
        String customerCode,
        boolean erased,
        OffsetDateTime erasedAt,
        List<HeldValue> current,
        List<RecordedValue> history) {

    public PersonalDataExport {
        current = List.copyOf(current);
        history = List.copyOf(history);
    }
}
