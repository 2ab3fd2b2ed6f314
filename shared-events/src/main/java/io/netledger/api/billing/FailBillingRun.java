package io.netledger.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The run stopped for good (the walk itself broke, not one subscription); {@code reason} says why. */
public record FailBillingRun(@TargetAggregateIdentifier long billingRunId, String reason) {
}
