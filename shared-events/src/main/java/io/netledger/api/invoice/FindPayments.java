package io.netledger.api.invoice;

/** Answers a {@link PaymentList}: the payments of one invoice, oldest first. */
public record FindPayments(long invoiceId) {
}
