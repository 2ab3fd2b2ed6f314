package io.netledger.api.invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * Bills many subscriptions at once, as a billing run does: each item as {@link IssueInvoice}
 * would, with the subscription's price and the period's usual end, all issued on
 * {@code issueDate} in one transaction. One item that cannot be billed does not stop the
 * others: the answer, {@link IssuedInvoices}, says what became of each.
 */
public record IssueInvoices(LocalDate issueDate, List<Item> items) {

    public IssueInvoices {
        items = List.copyOf(items);
    }

    /** {@code invoiceId} is the new invoice's id, used only if the period is not billed already. */
    public record Item(long invoiceId, long subscriptionId, LocalDate periodStart) {
    }
}
