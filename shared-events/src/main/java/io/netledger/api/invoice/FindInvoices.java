package io.netledger.api.invoice;

import io.netledger.api.PageSpec;

/** Answers an {@link InvoicePage}; null filters match everything. */
public record FindInvoices(InvoiceStatus status, Long customerId, Long subscriptionId, PageSpec page) {
}
