package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;

/** Money received beyond what the invoice asked, kept as the customer's credit: never lost. */
@AuditAction("credit_overpayment")
public record OverpaymentCredited(long invoiceId, long customerId, long paymentId, Money amount) {
}
