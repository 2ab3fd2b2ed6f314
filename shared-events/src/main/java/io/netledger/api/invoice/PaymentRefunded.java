package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import java.util.Map;

/**
 * {@code fromCredit} is the part of {@code amount} taken back from the customer's credit
 * (what the payment paid beyond the invoice); the rest is taken from the invoice.
 */
@AuditAction("refund")
public record PaymentRefunded(
        long invoiceId,
        long paymentId,
        long customerId,
        String transactionId,
        Money amount,
        Money fromCredit,
        boolean chargeback,
        Map<String, Object> gatewayResponse) {
}
