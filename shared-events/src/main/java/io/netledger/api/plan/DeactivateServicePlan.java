package io.netledger.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stops a plan from being sold; running subscriptions keep it. */
public record DeactivateServicePlan(
        @TargetAggregateIdentifier long planId,
        @TargetAggregateVersion Long expectedVersion) {
}
