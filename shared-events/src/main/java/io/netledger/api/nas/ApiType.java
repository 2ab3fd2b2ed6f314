package io.netledger.api.nas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The RouterOS generation of a NAS, as the design document names it. */
public enum ApiType {
    ROUTEROS_V6, ROUTEROS_V7;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static ApiType fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "apiType must be one of routeros_v6, routeros_v7: " + value));
    }
}
