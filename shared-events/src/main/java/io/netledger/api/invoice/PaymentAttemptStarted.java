package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

@AuditAction("start_payment")
public record PaymentAttemptStarted(long invoiceId, PaymentChannel channel, String orderId) {
}
