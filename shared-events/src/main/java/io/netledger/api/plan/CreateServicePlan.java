package io.netledger.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateServicePlan(@TargetAggregateIdentifier long planId, PlanTerms terms) {
}
