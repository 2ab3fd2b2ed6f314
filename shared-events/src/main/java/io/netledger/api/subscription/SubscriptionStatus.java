package io.netledger.api.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where a subscription is in its life: {@code pending} until first provisioned, then
 * {@code active} and {@code suspended} in turn, and finally {@code expired} or
 * {@code terminated} (which is final).
 */
public enum SubscriptionStatus {
    PENDING, ACTIVE, SUSPENDED, EXPIRED, TERMINATED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static SubscriptionStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "status must be one of pending, active, suspended, expired, terminated: " + value));
    }
}
