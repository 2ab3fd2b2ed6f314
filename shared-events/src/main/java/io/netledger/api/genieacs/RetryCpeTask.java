package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff try a faulted or failed push again. */
public record RetryCpeTask(@TargetAggregateIdentifier long subscriptionId, long pushId) {
}
