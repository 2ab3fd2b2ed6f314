package io.netledger.api.nas;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the router's new API password, sealed. */
public record RotateNasPassword(
        @TargetAggregateIdentifier long nasId,
        @TargetAggregateVersion Long expectedVersion,
        Sealed password) {
}
