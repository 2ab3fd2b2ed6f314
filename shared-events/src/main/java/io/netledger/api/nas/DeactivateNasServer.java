package io.netledger.api.nas;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a NAS out of service: no provisioning, polling or reconciliation against it. */
public record DeactivateNasServer(
        @TargetAggregateIdentifier long nasId,
        @TargetAggregateVersion Long expectedVersion) {
}
