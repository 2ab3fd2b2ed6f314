package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import java.util.Map;

@AuditAction("payment_failed")
public record PaymentAttemptFailed(
        long invoiceId,
        PaymentChannel channel,
        String transactionId,
        String gatewayStatus,
        Map<String, Object> gatewayResponse) {
}
