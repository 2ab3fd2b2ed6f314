package io.netledger.api.invoice;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the invoice's due-date deadline; {@code today} is the ISP's date when it fired. */
public record MarkInvoiceOverdue(@TargetAggregateIdentifier long invoiceId, LocalDate today) {
}
