package io.netledger.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a payment attempt at a gateway and answers its order id: the invoice number for
 * the first, with {@code -N} for later ones (gateways refuse an order id used before).
 */
public record StartPaymentAttempt(@TargetAggregateIdentifier long invoiceId, PaymentChannel channel) {
}
