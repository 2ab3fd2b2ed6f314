package io.netledger.api.invoice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A payment's {@code status} in {@code payments}: a chargeback is forced by the bank, a refund given. */
public enum PaymentStatus {
    PAID, REFUNDED, CHARGEBACK;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PaymentStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of "
                        + Arrays.stream(values()).map(PaymentStatus::value).collect(Collectors.joining(", ")) + ": "
                        + value));
    }
}
