package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import java.util.Map;

/**
 * A refund or chargeback notification for a payment not seen yet (gateways do not keep
 * their notifications in order): it is applied the moment that payment is recorded.
 */
@AuditAction("refund_ahead_of_payment")
public record RefundAheadOfPayment(
        long invoiceId,
        String transactionId,
        Money amount,
        boolean chargeback,
        Map<String, Object> gatewayResponse) {
}
