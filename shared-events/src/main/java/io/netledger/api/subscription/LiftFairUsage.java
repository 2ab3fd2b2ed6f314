package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the fair-usage terms: the period they were for ended, or staff lift them early. */
public record LiftFairUsage(@TargetAggregateIdentifier long subscriptionId, String reason) {

    public static final String PERIOD_ENDED = "period_ended";
    public static final String STAFF = "staff";
}
