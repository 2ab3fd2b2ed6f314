package io.netledger.api.invoice;

import io.netledger.api.AuditAction;

/** Unpaid past its due date: the sagas issue suspends the subscription after the grace days. */
@AuditAction("overdue")
public record InvoiceOverdue(long invoiceId, long customerId, long subscriptionId) {
}
