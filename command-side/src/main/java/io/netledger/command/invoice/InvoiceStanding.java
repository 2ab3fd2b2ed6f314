package io.netledger.command.invoice;

import io.netledger.api.Money;
import io.netledger.api.invoice.InvoiceStatus;

/**
 * Where an invoice stands between the ISP and its customer, from its events: what it still asks for, and the
 * overpayment kept for him and not yet refunded.
 */
public record InvoiceStanding(long invoiceId, String invoiceNumber, InvoiceStatus status, Money unpaid,
                              Money credit) {
}
