package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ActivateUser(@TargetAggregateIdentifier long userId) {
}
