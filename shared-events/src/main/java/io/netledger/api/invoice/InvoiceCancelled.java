package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

@AuditAction("cancel")
public record InvoiceCancelled(long invoiceId, String reason) {
}
