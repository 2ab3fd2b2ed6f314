package io.netledger.api.genieacs;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A new API key, sealed; null removes the key (an NBI that needs none). */
public record RotateGenieAcsApiKey(@TargetAggregateIdentifier long integrationId,
                                   @TargetAggregateVersion Long expectedVersion, Sealed apiKey) {
}
