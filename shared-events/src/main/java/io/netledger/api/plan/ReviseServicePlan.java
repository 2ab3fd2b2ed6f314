package io.netledger.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes some of a plan's terms and keeps the rest. */
public record ReviseServicePlan(
        @TargetAggregateIdentifier long planId,
        @TargetAggregateVersion Long expectedVersion,
        PlanRevision revision) {
}
