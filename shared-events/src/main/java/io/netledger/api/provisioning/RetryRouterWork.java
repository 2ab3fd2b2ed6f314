package io.netledger.api.provisioning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff fixed the router or the data after a failure: the sagas try again from the first step. */
public record RetryRouterWork(@TargetAggregateIdentifier long subscriptionId) {
}
