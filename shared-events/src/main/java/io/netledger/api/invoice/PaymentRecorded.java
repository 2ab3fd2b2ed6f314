package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import java.time.Instant;
import java.util.Map;

@AuditAction("record_payment")
public record PaymentRecorded(
        long invoiceId,
        long paymentId,
        PaymentChannel channel,
        String transactionId,
        Money amount,
        String method,
        String referenceNumber,
        Map<String, Object> gatewayResponse,
        Instant paidAt) {
}
