package io.netledger.api.nas;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The poller's word that the router answered; a NAS already up stays as it is. */
public record RecordNasUp(@TargetAggregateIdentifier long nasId) {
}
