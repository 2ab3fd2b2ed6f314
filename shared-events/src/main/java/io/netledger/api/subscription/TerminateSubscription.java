package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends a subscription for good: its username and addresses become free for others. */
public record TerminateSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {

    /** The reason the sagas give when the subscription's customer was terminated. */
    public static final String CUSTOMER_TERMINATED = "customer_terminated";
}
