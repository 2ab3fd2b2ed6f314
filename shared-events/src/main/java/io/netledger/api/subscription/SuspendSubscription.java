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

    /**
     * The reason the sagas give when the subscription's customer was suspended: by this reason they know, when
     * he is reactivated, which suspensions were his and which had reasons of their own.
     */
    public static final String CUSTOMER_SUSPENDED = "customer_suspended";

    /** The reason an imported subscription is suspended with when the router had its secret disabled. */
    public static final String DISABLED_ON_ROUTER = "disabled_on_router_when_imported";
}
