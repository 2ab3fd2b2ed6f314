package io.netledger.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a customer's personal data for good (UU 27/2022): possible once he is terminated and nothing is owed
 * either way. {@code reapplied} is the erasure ledger's, after a restore brought back a backup older than the
 * erasure: the erasure was decided then, so what stood in its way is not asked again.
 */
public record EraseCustomer(@TargetAggregateIdentifier long customerId, String reason, boolean reapplied) {

    public EraseCustomer(long customerId, String reason) {
        this(customerId, reason, false);
    }
}
