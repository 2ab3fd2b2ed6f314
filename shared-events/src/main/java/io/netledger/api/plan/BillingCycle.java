package io.netledger.api.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How often a plan is billed; {@code custom} periods are agreed per subscription. */
public enum BillingCycle {
    MONTHLY, YEARLY, CUSTOM;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static BillingCycle fromValue(String value) {
        return Arrays.stream(values()).filter(c -> c.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "billingCycle must be one of monthly, yearly, custom: " + value));
    }
}
