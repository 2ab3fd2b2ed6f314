package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a user from logging in or using a token already issued. */
public record DeactivateUser(@TargetAggregateIdentifier long userId, long actingUserId) {
}
