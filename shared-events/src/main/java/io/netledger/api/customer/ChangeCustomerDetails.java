package io.netledger.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces a customer's contact, address, notes and metadata; the code and status stay. */
public record ChangeCustomerDetails(
        @TargetAggregateIdentifier long customerId,
        @TargetAggregateVersion Long expectedVersion,
        CustomerDetails details) {
}
