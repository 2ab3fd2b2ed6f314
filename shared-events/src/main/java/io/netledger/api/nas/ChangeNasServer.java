package io.netledger.api.nas;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces how a NAS is reached and described; the password stays as it is. */
public record ChangeNasServer(
        @TargetAggregateIdentifier long nasId,
        @TargetAggregateVersion Long expectedVersion,
        NasConnection connection) {
}
