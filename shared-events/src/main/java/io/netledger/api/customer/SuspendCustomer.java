package io.netledger.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SuspendCustomer(
        @TargetAggregateIdentifier long customerId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
