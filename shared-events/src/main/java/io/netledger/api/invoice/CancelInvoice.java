package io.netledger.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CancelInvoice(
        @TargetAggregateIdentifier long invoiceId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
