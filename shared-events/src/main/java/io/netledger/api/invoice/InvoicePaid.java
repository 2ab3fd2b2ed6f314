package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The payments recorded now cover the total; the sagas provision the subscription and extend it to
 * {@code periodEnd}, the last day this invoice pays for (null in events recorded before it was carried).
 */
@AuditAction("pay")
public record InvoicePaid(long invoiceId, long customerId, long subscriptionId, PaymentChannel channel,
                          Instant paidAt, LocalDate periodEnd) {
}
