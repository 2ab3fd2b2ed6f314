package io.netledger.api.genieacs;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an ACS; its API key arrives already sealed, or null for an NBI on a closed network. */
public record RegisterGenieAcsIntegration(@TargetAggregateIdentifier long integrationId,
                                          GenieAcsConnection connection, Sealed apiKey) {
}
