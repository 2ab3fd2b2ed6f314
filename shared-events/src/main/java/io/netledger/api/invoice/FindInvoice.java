package io.netledger.api.invoice;

public record FindInvoice(long invoiceId) {
}
