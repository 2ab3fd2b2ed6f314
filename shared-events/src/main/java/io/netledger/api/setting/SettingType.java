package io.netledger.api.setting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a setting's text value is to be read, as the design document lists. */
public enum SettingType {
    STRING, NUMBER, BOOLEAN, JSON;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static SettingType fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "type must be one of string, number, boolean, json: " + value));
    }
}
