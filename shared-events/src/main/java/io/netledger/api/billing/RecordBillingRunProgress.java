package io.netledger.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Every subscription up to and including {@code afterId} has been dealt with; {@code counts} are the run's
 * totals so far (not this step's). {@code lastError} says why the latest subscription that failed did.
 */
public record RecordBillingRunProgress(@TargetAggregateIdentifier long billingRunId, long afterId,
        BillingRunCounts counts, String lastError) {
}
