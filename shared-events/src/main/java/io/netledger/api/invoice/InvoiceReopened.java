package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

/** A paid invoice that a refund or chargeback left short is owed again, as {@code status}. */
@AuditAction("reopen")
public record InvoiceReopened(long invoiceId, InvoiceStatus status) {
}
