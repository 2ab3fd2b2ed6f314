package io.netledger.api.invoice;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.netledger.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code invoices} as clients read it, with the period it bills. */
public record InvoiceView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long customerId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long subscriptionId,
        String invoiceNumber,
        LocalDate periodStart,
        LocalDate periodEnd,
        Money amount,
        Money tax,
        Money total,
        LocalDate dueDate,
        InvoiceStatus status,
        PaymentChannel paymentMethod,
        Map<String, Object> paymentDetails,
        String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
