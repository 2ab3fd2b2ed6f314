package io.netledger.api.invoice;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A gateway says an attempt to pay failed (expired, cancelled, denied): kept for the record, owed as before. */
public record RecordFailedPayment(
        @TargetAggregateIdentifier long invoiceId,
        PaymentChannel channel,
        String transactionId,
        String gatewayStatus,
        Map<String, Object> gatewayResponse) {
}
