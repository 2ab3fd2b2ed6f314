package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RebootCpe(@TargetAggregateIdentifier long subscriptionId, long pushId) {
}
