package io.netledger.api.telemetry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a {@code network_logs} line is about (design document): {@code authentication} (a PPP or hotspot login,
 * logout or failed login, a login to the router itself), {@code connection} (sessions coming up and going down,
 * firewall hits, addresses handed out), {@code error}, or {@code system} (everything else the router says).
 */
public enum NetworkLogType {
    AUTHENTICATION, CONNECTION, ERROR, SYSTEM;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NetworkLogType fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "logType must be one of authentication, connection, error, system: " + value));
    }
}
