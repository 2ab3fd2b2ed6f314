package io.netledger.api.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The unit of a plan's {@code data_limit}; {@code unlimited} plans have no limit. */
public enum DataUnit {
    GB("GB"), MB("MB"), UNLIMITED("unlimited");

    private final String value;

    DataUnit(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static DataUnit fromValue(String value) {
        return Arrays.stream(values()).filter(u -> u.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "dataUnit must be one of GB, MB, unlimited: " + value));
    }
}
