package io.netledger.api.invoice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The design document's invoice statuses. */
public enum InvoiceStatus {
    DRAFT, SENT, PAID, OVERDUE, CANCELLED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InvoiceStatus fromValue(String value) {
        return Arrays.stream(values()).filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of "
                        + Arrays.stream(values()).map(InvoiceStatus::value).collect(Collectors.joining(", ")) + ": " + value));
    }
}
