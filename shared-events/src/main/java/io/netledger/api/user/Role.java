package io.netledger.api.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The design document's user roles, and the auditor (issue #14): an auditor reads what staff
 * read, and the history besides, and changes nothing.
 */
public enum Role {
    ADMIN, STAFF, CUSTOMER, AUDITOR;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Role fromValue(String value) {
        return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("role must be one of admin, staff, customer, auditor: " + value));
    }
}
