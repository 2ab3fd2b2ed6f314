package io.netledger.api.provisioning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sagas begin bringing the router in line with the books; {@code cause} says why, for staff. */
public record StartRouterWork(
        @TargetAggregateIdentifier long subscriptionId,
        RouterOperation operation,
        String cause) {
}
