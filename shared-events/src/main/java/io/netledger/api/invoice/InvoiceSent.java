package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

@AuditAction("send")
public record InvoiceSent(long invoiceId) {
}
