package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import java.time.Instant;

/** The payments recorded now cover the total; the subscription may be provisioned (sagas). */
@AuditAction("pay")
public record InvoicePaid(long invoiceId, long customerId, long subscriptionId, PaymentChannel channel,
                          Instant paidAt) {
}
