package io.netledger.command.invoice;

import io.netledger.api.NotFound;
import io.netledger.command.CurrentState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What other command handlers may read of an invoice, from its events (the read model may lag). */
@Component
public class InvoiceLookup {

    private final CurrentState<Invoice> invoices;

    InvoiceLookup(EventStore events) {
        this.invoices = new CurrentState<>(Invoice.class, events);
    }

    /** {@link NotFound} for an unknown invoice. */
    public InvoiceStanding standing(long invoiceId) {
        return invoices.read(invoiceId, Invoice::standing)
                .orElseThrow(() -> new NotFound("invoice " + invoiceId + " does not exist"));
    }
}
