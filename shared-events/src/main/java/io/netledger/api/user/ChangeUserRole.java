package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeUserRole(@TargetAggregateIdentifier long userId, Role role, long actingUserId) {
}
