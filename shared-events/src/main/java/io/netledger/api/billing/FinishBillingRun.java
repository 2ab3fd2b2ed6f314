package io.netledger.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every active subscription has been walked: {@code counts} are the run's final totals. */
public record FinishBillingRun(@TargetAggregateIdentifier long billingRunId, BillingRunCounts counts,
        String lastError) {
}
