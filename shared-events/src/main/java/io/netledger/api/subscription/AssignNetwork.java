package io.netledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a network (IP, MAC, interface, VLAN) to a subscription; an IP is held by one subscription per NAS. */
public record AssignNetwork(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        long networkId,
        NetworkSettings settings) {
}
