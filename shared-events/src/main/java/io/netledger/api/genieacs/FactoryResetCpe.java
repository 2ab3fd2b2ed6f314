package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Wipes the CPE's settings: the customer's Wi-Fi and PPPoE account are lost until pushed again. */
public record FactoryResetCpe(@TargetAggregateIdentifier long subscriptionId, long pushId) {
}
