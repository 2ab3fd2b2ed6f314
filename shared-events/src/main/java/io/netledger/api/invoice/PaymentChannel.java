package io.netledger.api.invoice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a payment came from: the design document's {@code payment_gateway} / {@code payment_method}. */
public enum PaymentChannel {
    MIDTRANS, TRIPAY, MANUAL;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PaymentChannel fromValue(String value) {
        return Arrays.stream(values()).filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("paymentGateway must be one of "
                        + Arrays.stream(values()).map(PaymentChannel::value).collect(Collectors.joining(", ")) + ": " + value));
    }
}
