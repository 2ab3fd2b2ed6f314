package io.netledger.api.invoice;

import io.netledger.api.Money;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Money received for an invoice, from a gateway notification or by hand (channel
 * {@code manual}, the receipt or transfer reference as {@code transactionId}). Recording
 * the same {@code transactionId} again changes nothing.
 */
public record RecordPayment(
        @TargetAggregateIdentifier long invoiceId,
        PaymentChannel channel,
        String transactionId,
        Money amount,
        String method,
        String referenceNumber,
        Map<String, Object> gatewayResponse,
        Instant paidAt) {
}
