package io.netledger.api.invoice;

import io.netledger.api.Money;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A payment given back: a refund, or a chargeback the bank forced. {@code transactionId}
 * names the payment; {@code amount} null means all of it. Recording it again changes
 * nothing; one that arrives before its payment is applied when the payment arrives.
 */
public record RecordRefund(
        @TargetAggregateIdentifier long invoiceId,
        PaymentChannel channel,
        String transactionId,
        Money amount,
        boolean chargeback,
        Map<String, Object> gatewayResponse) {
}
