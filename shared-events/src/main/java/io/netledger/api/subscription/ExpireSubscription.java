package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The subscription's paid period ended without a renewal. */
public record ExpireSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion) {
}
