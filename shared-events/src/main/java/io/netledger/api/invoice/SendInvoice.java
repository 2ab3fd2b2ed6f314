package io.netledger.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SendInvoice(@TargetAggregateIdentifier long invoiceId, @TargetAggregateVersion Long expectedVersion) {
}
