package io.netledger.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces a plan's terms. {@code expectedVersion}, when given, must be the plan's
 * current version (the ETag a client read), so two staff editing one plan cannot
 * silently overwrite each other.
 */
public record ChangeServicePlan(
        @TargetAggregateIdentifier long planId,
        @TargetAggregateVersion Long expectedVersion,
        PlanTerms terms) {
}
