package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a network off a subscription; its IP becomes free on the NAS. */
public record ReleaseNetwork(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        long networkId) {
}
