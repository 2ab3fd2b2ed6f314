package io.netledger.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts a deactivated plan back on sale. */
public record ActivateServicePlan(
        @TargetAggregateIdentifier long planId,
        @TargetAggregateVersion Long expectedVersion) {
}
