package io.netledger.api.provisioning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reconciliation found the subscription's router account out of line ({@code drift}); the saga rewrites it. */
public record RepairRouterAccount(@TargetAggregateIdentifier long subscriptionId, String drift) {
}
