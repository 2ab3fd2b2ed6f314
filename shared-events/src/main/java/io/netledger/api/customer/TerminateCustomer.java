package io.netledger.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record TerminateCustomer(
        @TargetAggregateIdentifier long customerId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
