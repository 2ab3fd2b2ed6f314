package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces where the ACS is and how it is worked with; the API key stays as it is. */
public record ChangeGenieAcsIntegration(@TargetAggregateIdentifier long integrationId,
                                        @TargetAggregateVersion Long expectedVersion,
                                        GenieAcsConnection connection) {
}
