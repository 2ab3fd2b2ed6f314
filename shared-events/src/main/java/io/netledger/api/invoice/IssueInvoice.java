package io.netledger.api.invoice;

import io.netledger.api.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Bills a subscription for one period. {@code periodStart} left out bills the next unbilled
 * period (the one after the last invoiced, or the subscription's start when none was);
 * {@code periodEnd} may be left out for monthly and yearly subscriptions; {@code amount}
 * defaults to the subscription's price. Tax and due date follow the settings in force on
 * {@code issueDate}.
 */
public record IssueInvoice(
        @TargetAggregateIdentifier long invoiceId,
        long subscriptionId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Money amount,
        LocalDate issueDate,
        String notes) {
}
