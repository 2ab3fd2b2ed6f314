package io.netledger.api.invoice;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.netledger.api.Money;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code payments}: {@code status} is {@code paid}, {@code refunded} or {@code chargeback}. */
public record PaymentView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long invoiceId,
        String transactionId,
        PaymentChannel paymentGateway,
        Money amount,
        String status,
        String paymentMethod,
        Map<String, Object> gatewayResponse,
        String referenceNumber,
        OffsetDateTime paidAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
