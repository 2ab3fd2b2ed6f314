package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Staff link a device of an ACS to the subscription, e.g. one nobody's rule claimed. */
public record LinkCpe(@TargetAggregateIdentifier long subscriptionId, @TargetAggregateVersion Long expectedVersion,
                      long integrationId, String deviceId) {
}
