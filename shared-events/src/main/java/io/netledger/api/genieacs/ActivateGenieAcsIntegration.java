package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ActivateGenieAcsIntegration(@TargetAggregateIdentifier long integrationId,
                                          @TargetAggregateVersion Long expectedVersion) {
}
