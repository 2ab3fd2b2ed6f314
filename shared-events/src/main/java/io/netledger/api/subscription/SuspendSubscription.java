package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Suspends an active subscription: staff by hand, or isolir when an invoice is overdue. */
public record SuspendSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {

    /** The reason the sagas give when a paid subscription could not be provisioned; it may still be pending. */
    public static final String PROVISIONING_FAILED = "provisioning_failed";
}
