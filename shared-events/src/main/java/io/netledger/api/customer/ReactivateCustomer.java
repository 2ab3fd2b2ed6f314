package io.netledger.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReactivateCustomer(
        @TargetAggregateIdentifier long customerId,
        @TargetAggregateVersion Long expectedVersion) {
}
