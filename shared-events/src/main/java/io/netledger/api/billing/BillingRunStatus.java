package io.netledger.api.billing;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code running} until the walk is through ({@code finished}) or broke off for good ({@code failed}). */
public enum BillingRunStatus {
    RUNNING, FINISHED, FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static BillingRunStatus fromValue(String value) {
        return valueOf(value.toUpperCase());
    }
}
