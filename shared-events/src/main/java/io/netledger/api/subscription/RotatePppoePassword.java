package io.netledger.api.subscription;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives the PPPoE login a new password, sealed before it enters the command. */
public record RotatePppoePassword(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        Sealed password) {
}
