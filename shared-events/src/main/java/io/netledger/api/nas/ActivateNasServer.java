package io.netledger.api.nas;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ActivateNasServer(
        @TargetAggregateIdentifier long nasId,
        @TargetAggregateVersion Long expectedVersion) {
}
