package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stops syncing and pushing through this ACS; its devices stay as last seen. */
public record DeactivateGenieAcsIntegration(@TargetAggregateIdentifier long integrationId,
                                            @TargetAggregateVersion Long expectedVersion) {
}
