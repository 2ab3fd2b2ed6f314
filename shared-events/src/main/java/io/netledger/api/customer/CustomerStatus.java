package io.netledger.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The design document's customer statuses; {@code terminated} is final. */
public enum CustomerStatus {
    ACTIVE, SUSPENDED, TERMINATED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static CustomerStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "status must be one of active, suspended, terminated: " + value));
    }
}
