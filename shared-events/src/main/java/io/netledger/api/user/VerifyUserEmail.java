package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VerifyUserEmail(@TargetAggregateIdentifier long userId) {
}
