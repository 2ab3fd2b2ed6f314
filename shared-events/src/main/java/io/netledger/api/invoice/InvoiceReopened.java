package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

/**
 * A paid invoice that a refund or chargeback left short is owed again, as {@code status}; the sagas suspend
 * {@code subscriptionId} (0 in events recorded before it was carried).
 */
@AuditAction("reopen")
public record InvoiceReopened(long invoiceId, InvoiceStatus status, long subscriptionId, boolean chargeback) {
}
